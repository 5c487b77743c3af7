package org.draftline.api.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which paragraphs of a later version kept the wording of a paragraph of an earlier one, whatever their
 * numbers became: the first step of the redline's matching, and what decides which paragraphs keep their
 * status from one reading's version to the next. Preambular paragraphs match only preambular ones,
 * operative only operative, sub-paragraphs only sub-paragraphs.
 */
public final class UnchangedWording {

    private UnchangedWording() {
    }

    /** Each later paragraph's label mapped to the earlier paragraph with the same words, in the earlier order. */
    public static Map<String, Paragraph> laterToEarlier(List<Paragraph> earlier, List<Paragraph> later) {
        Map<String, Paragraph> matches = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Paragraph before : earlier) {
            for (Paragraph after : later) {
                if (!taken.contains(after.label()) && sameKind(before, after)
                        && normalised(before.text()).equals(normalised(after.text()))) {
                    taken.add(after.label());
                    matches.put(after.label(), before);
                    break;
                }
            }
        }
        return matches;
    }

    /** The words compared: lower case, without surrounding punctuation, so "Decides," equals "decides". */
    public static List<String> normalised(String text) {
        List<String> normalised = new ArrayList<>();
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return normalised;
        }
        for (String word : stripped.split("\\s+")) {
            String bare = word.toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", "");
            if (!bare.isEmpty()) {
                normalised.add(bare);
            }
        }
        return normalised;
    }

    /** Whether two paragraphs are of one kind: both preambular or both operative, both sub-paragraphs or neither. */
    public static boolean sameKind(Paragraph earlier, Paragraph later) {
        return earlier.label().regionMatches(0, later.label(), 0, 2)
                && earlier.label().contains("(") == later.label().contains("(");
    }
}
