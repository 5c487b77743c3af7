package org.draftline.api.draft;

import org.draftline.api.document.DocumentId;

/** The draft versions of a document in the order they were circulated. Answers a list of {@link DraftSummary}. */
public record FindDrafts(DocumentId documentId) {
}
