package org.draftline.platform.upcasting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The paragraph labels of a draft text as Draftline read them when circulation events were at revision 1:
 * a frozen, label-only copy of that day's {@code DraftText} reader, so that upcasting an old event gives
 * the same labels for ever, whatever the reader becomes. Where that reader refused a text (which an
 * accepted event never held) this one reads on: it keeps the numbers the text gives and never throws.
 * Never change it; a different reading belongs to a new upcaster of a new revision.
 */
final class RevisionOneParagraphs {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}(?:\\s.*)?");
    private static final Pattern BOLD_LINE = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d{1,4})\\.(?:\\s+(.*))?");
    private static final Pattern LABELLED = Pattern.compile("\\s*(PP|OP)(\\d{1,4})(?:[.:]|\\s|$)\\s*(.*)");
    private static final Pattern LETTERED = Pattern.compile("\\s*\\(([a-z]{1,3})\\)(?:\\s+(.*))?");
    private static final Pattern LEADING_EMPHASIS =
            Pattern.compile("^([*_]{1,2})(?=\\S)([^*_]+?)(?<=\\S)\\1(?![*_])");
    private static final Pattern ORGAN =
            Pattern.compile("\\b(?:Assembly|Council|Conference|Commission|Committee|Board)\\b");

    private final Set<String> labels = new LinkedHashSet<>();
    private int lastPreambular;
    private int lastOperative;

    private RevisionOneParagraphs() {
    }

    /** The labels in the order of the text; none for a text without a readable paragraph. */
    static List<String> labels(String text) {
        if (text != null && text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(1);
        }
        if (text == null || text.isBlank()) {
            return List.of();
        }
        RevisionOneParagraphs reader = new RevisionOneParagraphs();
        reader.read(List.of(text.split("\\R", -1)));
        return List.copyOf(reader.labels);
    }

    private void read(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return;
        }
        List<List<String>> blocks = blocks(isTitle(lines.get(first)) ? lines.subList(first + 1, lines.size()) : lines);
        if (!blocks.isEmpty()) {
            takeChapeau(blocks);
        }
        blocks.forEach(this::readBlock);
    }

    private static boolean isTitle(String line) {
        return HEADING.matcher(line).matches() || BOLD_LINE.matcher(line.strip()).matches();
    }

    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = null;
        for (String line : lines) {
            if (line.isBlank()) {
                block = null;
                continue;
            }
            if (block == null || opensParagraph(line)) {
                block = new ArrayList<>();
                blocks.add(block);
            }
            block.add(line);
        }
        return blocks;
    }

    private static boolean opensParagraph(String line) {
        return Stream.of(HEADING, NUMBERED, LABELLED, LETTERED).anyMatch(pattern -> pattern.matcher(line).matches());
    }

    private static void takeChapeau(List<List<String>> blocks) {
        List<String> opening = blocks.get(0);
        int length = opensParagraph(opening.get(0)) ? 0 : chapeauLength(opening);
        if (length == 0) {
            return;
        }
        blocks.remove(0);
        if (length < opening.size()) {
            blocks.add(0, opening.subList(length, opening.size()));
        }
    }

    private static int chapeauLength(List<String> block) {
        String whole = textOf(block);
        if (whole.startsWith("We, ") && whole.endsWith(",")) {
            return block.size();
        }
        for (int i = 0; i < block.size(); i++) {
            if (block.get(i).strip().endsWith(",")) {
                String candidate = textOf(block.subList(0, i + 1));
                boolean organ = candidate.startsWith("The ") && candidate.indexOf(',') == candidate.length() - 1
                        && ORGAN.matcher(candidate).find();
                return organ ? i + 1 : 0;
            }
        }
        return 0;
    }

    private void readBlock(List<String> block) {
        String first = block.get(0);
        Matcher numbered = NUMBERED.matcher(first);
        Matcher labelled = LABELLED.matcher(first);
        Matcher lettered = LETTERED.matcher(first);
        if (HEADING.matcher(first).matches()) {
            return;
        }
        if (numbered.matches()) {
            operative(Integer.parseInt(numbered.group(1)));
        } else if (labelled.matches()) {
            int number = Integer.parseInt(labelled.group(2));
            if (labelled.group(1).equals("PP")) {
                lastPreambular = number;
                labels.add("PP" + number);
            } else {
                operative(number);
            }
        } else if (lettered.matches()) {
            if (lastOperative > 0) {
                labels.add("OP" + lastOperative + "(" + lettered.group(1) + ")");
            }
        } else if (lastOperative == 0) {
            lastPreambular++;
            labels.add("PP" + lastPreambular);
        }
    }

    private void operative(int number) {
        lastOperative = number;
        labels.add("OP" + number);
    }

    private static String textOf(List<String> lines) {
        StringJoiner text = new StringJoiner(" ");
        lines.forEach(line -> text.add(line.strip()));
        return LEADING_EMPHASIS.matcher(text.toString()).replaceFirst("$2");
    }
}
