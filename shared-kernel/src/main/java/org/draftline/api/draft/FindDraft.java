package org.draftline.api.draft;

import org.draftline.api.document.DocumentId;

/** One draft version's full text, paragraph by paragraph. Answers an optional {@link DraftVersion}. */
public record FindDraft(DocumentId documentId, DraftLabel label) {
}
