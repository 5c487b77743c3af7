package org.draftline.query.redline;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.draftline.api.draft.UnchangedWording;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The words of a paragraph, and how alike two wordings are. */
final class Wording {

    private Wording() {
    }

    /** The words as written, punctuation attached, for showing what changed. */
    static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }

    /** The words compared: lower case, without surrounding punctuation, so "Decides," equals "decides". */
    static List<String> normalised(String text) {
        return UnchangedWording.normalised(text);
    }

    /** 1 for the same words in the same order, 0 for nothing in common: twice the common words over all words. */
    static double similarity(String a, String b) {
        List<String> first = normalised(a);
        List<String> second = normalised(b);
        if (first.isEmpty() && second.isEmpty()) {
            return 1;
        }
        return 2.0 * common(first, second) / (first.size() + second.size());
    }

    /** The share of a paragraph's words that reappear, in order, in another: how much of it went there. */
    static double containment(String part, String whole) {
        List<String> words = normalised(part);
        return words.isEmpty() ? 0 : (double) common(words, normalised(whole)) / words.size();
    }

    private static int common(List<String> first, List<String> second) {
        int removed = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(first, second).getDeltas()) {
            removed += delta.getSource().size();
        }
        return first.size() - removed;
    }

    /** How many of each word: to tell which words a proposal adds or removes. */
    static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        normalised(text).forEach(word -> counts.merge(word, 1, Integer::sum));
        return counts;
    }
}
