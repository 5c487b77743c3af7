package org.draftline.api.status;

import org.draftline.api.InvalidValue;
import org.draftline.api.document.Stage;

/**
 * One page of the document list, most recently registered first (then by id), starting after
 * {@code after} (the first page when {@code null}), optionally only of one body, session or stage.
 * Answers a {@link DocumentPage}.
 */
public record FindDocumentPage(int size, DocumentCursor after, String body, String session, Stage stage) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public FindDocumentPage {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValue("size: between 1 and " + MAX_SIZE);
        }
    }

    public static FindDocumentPage first(int size) {
        return new FindDocumentPage(size, null, null, null, null);
    }
}
