package org.draftline.web.document;

import org.draftline.api.InvalidValue;
import org.draftline.api.draft.DraftText;
import org.draftline.web.Forms;

/**
 * What the rules will read from a typed draft, shown before it is circulated: its title, chapeau and each
 * paragraph under the label proposals will quote ({@code draft}), or why and at which line the reading stops
 * ({@code problem}). Read by the same {@link DraftText#parse} the circulation commands use, so the preview
 * cannot promise another numbering than the one recorded.
 */
record NumberingPreview(DraftText draft, String problem) {

    static NumberingPreview of(String typed) {
        String text = Forms.lineBreaks(typed);
        if (text == null || text.isBlank()) {
            return new NumberingPreview(null, "Nothing to number yet: type or paste the text.");
        }
        try {
            return new NumberingPreview(DraftText.parse(text), null);
        } catch (InvalidValue refused) {
            return new NumberingPreview(null, refused.reason());
        }
    }
}
