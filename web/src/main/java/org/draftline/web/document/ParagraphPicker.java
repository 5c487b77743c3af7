package org.draftline.web.document;

import org.draftline.api.draft.DraftVersion;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the proposal forms' paragraph choice shows of each paragraph: its label and opening words, so a delegate
 * picks "OP2 — Encourages Member States to share disaster risk …" rather than a bare "OP2", and its whole
 * wording, from which "amend" starts.
 */
final class ParagraphPicker {

    /** Enough words to tell paragraphs apart that open alike ("Requests the Secretary-General to ..."). */
    static final int OPENING_WORDS = 9;

    private ParagraphPicker() {
    }

    /** Each paragraph's label with its opening words, in the draft's order. */
    static Map<String, String> options(Optional<DraftVersion> draft) {
        Map<String, String> options = new LinkedHashMap<>();
        draft.ifPresent(version -> version.paragraphs().forEach(paragraph ->
                options.put(paragraph.label(), paragraph.label() + " \u2014 " + openingWords(paragraph.text()))));
        return options;
    }

    /** Each paragraph's whole wording, by label. */
    static Map<String, String> wording(Optional<DraftVersion> draft) {
        Map<String, String> wording = new LinkedHashMap<>();
        draft.ifPresent(version -> version.paragraphs().forEach(paragraph ->
                wording.put(paragraph.label(), paragraph.text())));
        return wording;
    }

    /** The first words of a paragraph, with an ellipsis when it goes on. */
    static String openingWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= OPENING_WORDS) {
            return text.strip();
        }
        return String.join(" ", Arrays.copyOf(words, OPENING_WORDS)).replaceAll("[,;:]$", "") + " \u2026";
    }
}
