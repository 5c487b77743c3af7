package org.draftline.api.status;

import org.draftline.api.InvalidValue;
import org.draftline.api.document.Stage;

import java.text.Normalizer;

/**
 * One page of the document list, most recently registered first (then by id), starting after
 * {@code after} (the first page when {@code null}), optionally only of one body, session or stage, and
 * only of titles that contain {@code title} (letter case aside). Answers a {@link DocumentPage}.
 */
public record FindDocumentPage(int size, DocumentCursor after, String body, String session, Stage stage,
                               String title) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;
    public static final int MAX_TITLE_SEARCH = 200;

    public FindDocumentPage {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValue("size: between 1 and " + MAX_SIZE);
        }
        title = title == null || title.isBlank() ? null : title.strip();
        // titles are recorded in Normalization Form C (RecordableText): the search too, or an accent typed as
        // a letter and a combining mark would find nothing; its length is counted in characters, not halves
        // of surrogate pairs
        if (title != null && !Normalizer.isNormalized(title, Normalizer.Form.NFC)) {
            title = Normalizer.normalize(title, Normalizer.Form.NFC);
        }
        if (title != null && title.codePointCount(0, title.length()) > MAX_TITLE_SEARCH) {
            throw new InvalidValue("title: at most " + MAX_TITLE_SEARCH + " characters to search for");
        }
        if (title != null && title.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValue("title: no control characters in a search");
        }
    }

    public static FindDocumentPage first(int size) {
        return new FindDocumentPage(size, null, null, null, null, null);
    }
}
