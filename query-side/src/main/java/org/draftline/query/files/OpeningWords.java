package org.draftline.query.files;

import org.draftline.api.draft.Paragraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening words of a paragraph that the United Nations sets in italics ("<i>Recalling</i> its resolution",
 * "<i>Deeply concerned</i> that", "1. <i>Decides also</i> that"). Where the circulated text marked them itself
 * ({@code *Recalling*}, as a Word upload's italics arrive), those words; otherwise read from the wording.
 */
final class OpeningWords {

    /** A line opening a paragraph (after its number, label or letters) with emphasised words. */
    private static final Pattern MARKED_OPENING = Pattern.compile(
            "^\\s*(?:\\d{1,4}\\.\\s+|(?:PP|OP)\\d{1,4}(?:[.:]|\\s)\\s*|\\([a-z]{1,3}\\)\\s+)?"
                    + "([*_]{1,2})(?=\\S)([^*_]+?)(?<=\\S)\\1(?![*_])");
    private static final Set<String> AGAIN = Set.of("also", "further", "furthermore", "moreover", "again");
    private static final Set<String> WITH_WHAT = Set.of("appreciation", "concern", "satisfaction", "regret",
            "interest", "alarm", "gratitude", "deep", "grave", "serious", "great", "profound");

    private OpeningWords() {
    }

    /** The marked opening words of the paragraphs that have them, by label, in a text's own wording. */
    static Map<String, String> marked(String text, List<Paragraph> paragraphs) {
        List<String> marks = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher marked = MARKED_OPENING.matcher(line);
            if (marked.find()) {
                marks.add(marked.group(2));
            }
        }
        Map<String, String> opening = new HashMap<>();
        int next = 0;
        for (Paragraph paragraph : paragraphs) {
            if (next < marks.size() && startsWithWords(paragraph.text(), marks.get(next))) {
                opening.put(paragraph.label(), marks.get(next++));
            }
        }
        return opening;
    }

    /** The opening words of a preambular paragraph as the wording gives them; empty when none stand out. */
    static String preambular(String text) {
        List<String> words = words(text);
        if (words.isEmpty() || !Character.isUpperCase(words.get(0).codePointAt(0))) {
            return "";
        }
        int taken = 1;
        String first = bare(words.get(0));
        if ((first.endsWith("ly") || first.equals("further") || first.equals("also")) && words.size() > 1) {
            taken = 2;
        } else if (first.equals("having") && words.size() > 1) {
            taken = 2;
        } else if (first.equals("bearing") && phraseAt(words, 1, "in", "mind")) {
            taken = 3;
        } else if (first.equals("taking") && phraseAt(words, 1, "note")) {
            taken = 2;
        } else if (first.equals("taking") && phraseAt(words, 1, "into") && words.size() > 3) {
            taken = 3;
        } else if (first.equals("guided") && phraseAt(words, 1, "by")) {
            taken = 2;
        }
        taken = withWhat(words, taken);
        return prefix(text, words, taken);
    }

    /** The opening verb of an operative paragraph ("Decides", "Decides also", "Calls upon", "Takes note"). */
    static String operative(String text) {
        List<String> words = words(text);
        if (words.isEmpty() || !Character.isUpperCase(words.get(0).codePointAt(0))) {
            return "";
        }
        String first = bare(words.get(0));
        int taken = 1;
        if ((first.equals("calls") && phraseAt(words, 1, "upon")) || (first.equals("takes") && phraseAt(words, 1, "note"))
                || (first.equals("further") && words.size() > 1)) {
            taken = 2;
        }
        taken = withWhat(words, taken);
        return prefix(text, words, taken);
    }

    /** "Noting with deep concern", then "also" or "further" after the phrase. */
    private static int withWhat(List<String> words, int taken) {
        if (phraseAt(words, taken, "with") && words.size() > taken + 1 && WITH_WHAT.contains(bare(words.get(taken + 1)))) {
            taken += 2;
            if (Set.of("deep", "grave", "serious", "great", "profound").contains(bare(words.get(taken - 1)))
                    && words.size() > taken) {
                taken++;
            }
        }
        if (words.size() > taken && AGAIN.contains(bare(words.get(taken)))) {
            taken++;
        }
        return taken;
    }

    /**
     * The first {@code count} words as they stand in the text, without a comma or colon after the last; none when
     * they would be the whole paragraph, unless a colon or comma ends it ("Requests:", a list follows).
     */
    private static String prefix(String text, List<String> words, int count) {
        if (count >= words.size() && !text.matches("(?s).*\\p{L}[,:;]")) {
            return "";
        }
        count = Math.min(count, words.size());
        int end = 0;
        for (int index = 0; index < count; index++) {
            end = text.indexOf(words.get(index), end) + words.get(index).length();
        }
        return text.substring(0, end).replaceFirst("[,;:.]$", "");
    }

    private static boolean phraseAt(List<String> words, int at, String... phrase) {
        if (words.size() < at + phrase.length) {
            return false;
        }
        for (int index = 0; index < phrase.length; index++) {
            if (!bare(words.get(at + index)).equals(phrase[index])) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithWords(String text, String opening) {
        return text.startsWith(opening) && (text.length() == opening.length()
                || !Character.isLetterOrDigit(text.charAt(opening.length())));
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    private static String bare(String word) {
        return word.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }
}
