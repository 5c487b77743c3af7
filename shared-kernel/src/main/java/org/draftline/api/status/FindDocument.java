package org.draftline.api.status;

import org.draftline.api.document.DocumentId;

/** One document's status. Answers an optional {@link DocumentStatus}. */
public record FindDocument(DocumentId documentId) {
}
