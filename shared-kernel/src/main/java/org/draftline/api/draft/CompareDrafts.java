package org.draftline.api.draft;

import org.draftline.api.document.DocumentId;

/** The redline from one version to another. Answers an optional {@link Redline}. */
public record CompareDrafts(DocumentId documentId, DraftLabel from, DraftLabel to) {
}
