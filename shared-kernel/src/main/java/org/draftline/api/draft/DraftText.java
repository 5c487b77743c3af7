package org.draftline.api.draft;

import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The wording of a negotiated draft cut into labelled paragraphs, so that proposals, comments and the comparison
 * of two revisions can point at {@code OP3(b)} rather than at a line of text. {@code title} and {@code chapeau}
 * (the opening formula, such as "The General Assembly,") are null when the text has none.
 */
public record DraftText(String title, String chapeau, List<Paragraph> paragraphs) {

    public DraftText {
        title = Fields.optional(title);
        chapeau = Fields.optional(chapeau);
        paragraphs = Fields.list(paragraphs, "paragraphs");
    }

    /**
     * Reads plain text or light Markdown: an optional title (a {@code #} heading, a bold line, or a plain first
     * line of its own without closing punctuation), an optional chapeau ("The General Assembly,", "We, the Heads
     * of State ...,"), unnumbered preambular paragraphs, then operative paragraphs numbered {@code 1.},
     * {@code 2.}, ... with sub-paragraphs {@code (a)}, {@code (b)}, ...; or, instead of numbers, every paragraph
     * labelled {@code PP1}, {@code OP1}, ...
     *
     * @throws InvalidValue on field {@code text}, naming the line where the text stopped making sense
     */
    public static DraftText parse(String text) {
        return new Parser(true).parse(text);
    }

    /** The paragraphs' labels in order, as a circulation event records them. */
    public List<String> labels() {
        return paragraphs.stream().map(Paragraph::label).toList();
    }

    /**
     * Reads a text that is on the record: as {@link #parse} does, or, where today's reader refuses what an
     * earlier one accepted, as the title-less text without paragraphs, so that a read model keeps going (the
     * text itself is kept whole beside it).
     */
    public static DraftText readRecorded(String text) {
        try {
            return parse(text);
        } catch (InvalidValue refused) {
            return new DraftText(null, null, List.of());
        }
    }

    /**
     * Reads a circulated text into the paragraphs it was recorded with ({@code labels}, as its circulation event
     * carries them): today's reading where it gives those labels, otherwise the reading of the days before a
     * plain first line could be the title (when such a line was read as PP1), so that a read model rebuilt from
     * old events keeps each proposal on the paragraph it named. Without labels (a row written before they were
     * kept) the earlier reading is the recorded one.
     */
    public static DraftText readRecorded(String text, List<String> labels) {
        DraftText earlier = readAsBefore(text);
        if (labels == null) {
            return earlier;
        }
        DraftText today = readRecorded(text);
        return today.labels().equals(labels) || !earlier.labels().equals(labels) ? today : earlier;
    }

    private static DraftText readAsBefore(String text) {
        try {
            return new Parser(false).parse(text);
        } catch (InvalidValue refused) {
            return new DraftText(null, null, List.of());
        }
    }

    public Optional<Paragraph> paragraph(String label) {
        return paragraphs.stream().filter(paragraph -> paragraph.label().equals(label)).findFirst();
    }

    public boolean has(String label) {
        return paragraph(label).isPresent();
    }

    public int preambularCount() {
        return (int) paragraphs.stream().filter(Paragraph::isPreambular).count();
    }

    /** Operative paragraphs counted once each, however many sub-paragraphs they have. */
    public int operativeCount() {
        return (int) paragraphs.stream().filter(Paragraph::isTopLevelOperative).count();
    }

    /** A line as given, numbered from 1, so that a refusal can point at it. */
    private record Line(int number, String raw) {

        private static final int QUOTED_CHARACTERS = 40;

        String text() {
            return raw.strip();
        }

        boolean isBlank() {
            return raw.isBlank();
        }

        boolean isIndented() {
            return Character.isWhitespace(raw.charAt(0));
        }

        String quoted() {
            String text = text();
            if (text.length() <= QUOTED_CHARACTERS) {
                return "\"" + text + "\"";
            }
            int end = Character.isHighSurrogate(text.charAt(QUOTED_CHARACTERS - 1))
                    ? QUOTED_CHARACTERS - 1
                    : QUOTED_CHARACTERS;
            return "\"" + text.substring(0, end).stripTrailing() + " ...\"";
        }
    }

    /** A paragraph still open to indented continuations, remembering the line that started it. */
    private record OpenParagraph(String label, Line start, StringBuilder text) {

        void append(String continuation) {
            text.append(' ').append(continuation);
        }
    }

    /**
     * Cuts the text into blocks (a blank line or a numbered, lettered or labelled line starts a new one), then
     * reads them in order, keeping the numbering the next label depends on.
     */
    private static final class Parser {

        private static final int MAX_CHARACTERS = 500_000;
        private static final int MAX_PARAGRAPHS = 2_000;
        private static final int MAX_PARAGRAPH_CHARACTERS = 20_000;
        private static final String BYTE_ORDER_MARK = "\uFEFF";

        private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}(?:\\s.*)?");
        private static final Pattern BOLD_LINE = Pattern.compile("\\*\\*([^*]+)\\*\\*");
        private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d{1,4})\\.(?:\\s+(.*))?");
        private static final Pattern LABELLED = Pattern.compile("\\s*(PP|OP)(\\d{1,4})(?:[.:]|\\s|$)\\s*(.*)");
        private static final Pattern LETTERED = Pattern.compile("\\s*\\(([a-z]{1,3})\\)(?:\\s+(.*))?");
        private static final Pattern LIST_ITEM = Pattern.compile("\\s*[-*+•–]\\s.*");
        private static final Pattern LEADING_EMPHASIS =
                Pattern.compile("^([*_]{1,2})(?=\\S)([^*_]+?)(?<=\\S)\\1(?![*_])");
        private static final Pattern TERMINAL_PUNCTUATION = Pattern.compile("[,;:.]$");
        private static final Pattern ORGAN =
                Pattern.compile("\\b(?:Assembly|Council|Conference|Commission|Committee|Board)\\b");

        private enum Style { NUMBERED, LABELLED }

        /** Whether a plain first line can be the title, as it can since issue 14; recorded texts may predate it. */
        private final boolean plainTitles;
        private final List<OpenParagraph> paragraphs = new ArrayList<>();
        private Style style;
        private int lastPreambular;
        private int lastOperative;
        private int subParagraphsOfLastOperative;

        Parser(boolean plainTitles) {
            this.plainTitles = plainTitles;
        }

        DraftText parse(String text) {
            if (text != null && text.startsWith(BYTE_ORDER_MARK)) {
                text = text.substring(1);
            }
            if (text == null || text.isBlank()) {
                throw new InvalidValue("text: required");
            }
            if (text.length() > MAX_CHARACTERS) {
                throw new InvalidValue(String.format(Locale.ROOT, "text: %,d characters; a draft has at most %,d",
                        text.length(), MAX_CHARACTERS));
            }
            List<Line> lines = lines(text);
            Line first = lines.stream().filter(line -> !line.isBlank()).findFirst().orElseThrow();
            String title = title(first);
            if (title == null && plainTitles && isPlainTitle(first, lines)) {
                title = withinLimit(first, "the title", first.text());
            }
            List<List<Line>> blocks = blocks(title == null ? lines : lines.subList(first.number(), lines.size()));
            String chapeau = blocks.isEmpty() ? null : takeChapeau(blocks);
            blocks.forEach(this::read);
            if (paragraphs.isEmpty()) {
                throw new InvalidValue("text: no paragraph; expected unnumbered preambular paragraphs, operative"
                        + " paragraphs numbered 1., 2., ... or paragraphs labelled PP1, OP1, ...");
            }
            return new DraftText(title, chapeau, paragraphs.stream().map(Parser::close).toList());
        }

        private static List<Line> lines(String text) {
            String[] raw = text.split("\\R", -1);
            List<Line> lines = new ArrayList<>(raw.length);
            for (int i = 0; i < raw.length; i++) {
                lines.add(new Line(i + 1, raw[i]));
            }
            return lines;
        }

        private static String title(Line line) {
            if (HEADING.matcher(line.raw()).matches()) {
                String title = line.text().replaceFirst("^#+", "").replaceFirst("\\s#+$", "").strip();
                if (title.isEmpty()) {
                    throw refuse(line, "is an empty heading");
                }
                return withinLimit(line, "the title", title);
            }
            Matcher bold = BOLD_LINE.matcher(line.text());
            return bold.matches() ? withinLimit(line, "the title", bold.group(1).strip()) : null;
        }

        /**
         * A plain first line is the title when it stands alone (a blank line after it, or the chapeau right
         * under it), ends without the comma, semicolon, colon or full stop that close a paragraph, is neither
         * numbered nor labelled, and more text follows: "Strengthening cooperation on disaster risk data".
         */
        private static boolean isPlainTitle(Line first, List<Line> lines) {
            String text = first.text();
            if (opensParagraph(first) || LIST_ITEM.matcher(first.raw()).matches() || first.isIndented()
                    || TERMINAL_PUNCTUATION.matcher(text).find()) {
                return false;
            }
            List<Line> after = lines.subList(first.number(), lines.size());
            List<List<Line>> following = blocks(after);
            if (following.isEmpty()) {
                return false;
            }
            boolean standsAlone = after.get(0).isBlank();
            return standsAlone || !opensParagraph(following.get(0).get(0)) && chapeauLength(following.get(0)) > 0;
        }

        private static List<List<Line>> blocks(List<Line> lines) {
            List<List<Line>> blocks = new ArrayList<>();
            List<Line> block = null;
            for (Line line : lines) {
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

        private static boolean opensParagraph(Line line) {
            return Stream.of(HEADING, NUMBERED, LABELLED, LETTERED)
                    .anyMatch(pattern -> pattern.matcher(line.raw()).matches());
        }

        /** Takes the opening formula off the first block, if it starts with one. */
        private static String takeChapeau(List<List<Line>> blocks) {
            List<Line> opening = blocks.get(0);
            int length = opensParagraph(opening.get(0)) ? 0 : chapeauLength(opening);
            if (length == 0) {
                return null;
            }
            blocks.remove(0);
            if (length < opening.size()) {
                blocks.add(0, opening.subList(length, opening.size()));
            }
            return withinLimit(opening.get(0), "the chapeau", textOf(opening.subList(0, length)));
        }

        /**
         * "We, the Heads of State ..., assembled at ...," has commas inside, so it runs to the end of its block;
         * "The General Assembly," has none, so it ends with the first line ending in a comma.
         */
        private static int chapeauLength(List<Line> block) {
            String whole = textOf(block);
            if (whole.startsWith("We, ") && whole.endsWith(",")) {
                return block.size();
            }
            for (int i = 0; i < block.size(); i++) {
                if (block.get(i).text().endsWith(",")) {
                    String candidate = textOf(block.subList(0, i + 1));
                    boolean organ = candidate.startsWith("The ") && candidate.indexOf(',') == candidate.length() - 1
                            && ORGAN.matcher(candidate).find();
                    return organ ? i + 1 : 0;
                }
            }
            return 0;
        }

        private void read(List<Line> block) {
            Line first = block.get(0);
            List<Line> rest = block.subList(1, block.size());
            Matcher numbered = NUMBERED.matcher(first.raw());
            Matcher labelled = LABELLED.matcher(first.raw());
            Matcher lettered = LETTERED.matcher(first.raw());
            if (HEADING.matcher(first.raw()).matches()) {
                throw refuse(first, "is a heading; only the first line of a draft can be its title");
            } else if (numbered.matches()) {
                useStyle(Style.NUMBERED, first);
                operative(first, Integer.parseInt(numbered.group(1)), textOf(numbered.group(2), rest));
            } else if (labelled.matches()) {
                useStyle(Style.LABELLED, first);
                int number = Integer.parseInt(labelled.group(2));
                String text = textOf(labelled.group(3), rest);
                if (labelled.group(1).equals("PP")) {
                    preambular(first, number, text);
                } else {
                    operative(first, number, text);
                }
            } else if (lettered.matches()) {
                subParagraph(first, lettered.group(1), textOf(lettered.group(2), rest));
            } else {
                unnumbered(block);
            }
        }

        private void useStyle(Style wanted, Line line) {
            if (style == null) {
                style = wanted;
            } else if (style != wanted) {
                throw refuse(line, wanted == Style.LABELLED
                        ? "mixes styles: it carries a PP/OP label but the paragraphs before it do not"
                        : "mixes styles: it carries no PP/OP label but the paragraphs before it do");
            }
        }

        private void unnumbered(List<Line> block) {
            Line first = block.get(0);
            if (lastOperative == 0) {
                useStyle(Style.NUMBERED, first);
                preambular(first, lastPreambular + 1, textOf(block));
            } else if (first.isIndented() || LIST_ITEM.matcher(first.raw()).matches()) {
                paragraphs.get(paragraphs.size() - 1).append(textOf(block));
            } else {
                throw refuse(first, "is an unnumbered paragraph after the operative part;"
                        + " number it, or indent it to continue the paragraph above");
            }
        }

        private void preambular(Line first, int number, String text) {
            if (lastOperative > 0) {
                throw refuse(first, "is a preambular paragraph after the operative part");
            }
            if (number != lastPreambular + 1) {
                throw refuse(first, "is preambular paragraph " + number + "; expected " + (lastPreambular + 1));
            }
            lastPreambular = number;
            add("PP" + number, first, text);
        }

        private void operative(Line first, int number, String text) {
            if (number != lastOperative + 1) {
                throw refuse(first, "is operative paragraph " + number + "; expected " + (lastOperative + 1));
            }
            lastOperative = number;
            subParagraphsOfLastOperative = 0;
            add("OP" + number, first, text);
        }

        private void subParagraph(Line first, String letters, String text) {
            if (lastOperative == 0) {
                throw refuse(first, "is a sub-paragraph outside any operative paragraph");
            }
            String expected = letters(subParagraphsOfLastOperative);
            if (!letters.equals(expected)) {
                throw refuse(first, "is sub-paragraph (" + letters + "); expected (" + expected + ")");
            }
            subParagraphsOfLastOperative++;
            add("OP" + lastOperative + "(" + letters + ")", first, text);
        }

        /** (a) to (z), then (aa), (bb), ... as long lists are lettered in United Nations texts. */
        private static String letters(int index) {
            return String.valueOf((char) ('a' + index % 26)).repeat(index / 26 + 1);
        }

        private void add(String label, Line start, String text) {
            if (text.isEmpty()) {
                throw refuse(start, "has no text");
            }
            if (paragraphs.size() == MAX_PARAGRAPHS) {
                throw refuse(start, String.format(Locale.ROOT, "would be paragraph %,d; a draft has at most %,d",
                        MAX_PARAGRAPHS + 1, MAX_PARAGRAPHS));
            }
            paragraphs.add(new OpenParagraph(label, start, new StringBuilder(text)));
        }

        private static Paragraph close(OpenParagraph paragraph) {
            String text = withinLimit(paragraph.start(), paragraph.label(), paragraph.text().toString());
            return new Paragraph(paragraph.label(), text);
        }

        private static String withinLimit(Line start, String what, String text) {
            if (text.length() > MAX_PARAGRAPH_CHARACTERS) {
                throw refuse(start, String.format(Locale.ROOT,
                        "starts %s, which runs to %,d characters; a paragraph has at most %,d",
                        what, text.length(), MAX_PARAGRAPH_CHARACTERS));
            }
            return text;
        }

        private static String textOf(List<Line> lines) {
            return textOf(null, lines);
        }

        /** The words after the number or label, then the wrapped lines, on one line without leading emphasis. */
        private static String textOf(String openingWords, List<Line> continuation) {
            StringJoiner text = new StringJoiner(" ");
            if (openingWords != null && !openingWords.isBlank()) {
                text.add(openingWords.strip());
            }
            continuation.forEach(line -> text.add(line.text()));
            return LEADING_EMPHASIS.matcher(text.toString()).replaceFirst("$2");
        }

        private static InvalidValue refuse(Line line, String problem) {
            return new InvalidValue("text: line " + line.number() + " " + line.quoted() + " " + problem);
        }
    }
}
