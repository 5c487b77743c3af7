package org.draftline.api.reading;

import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;

/** A draft version with each paragraph's status and brackets; answers an optional {@link NegotiatingText}. */
public record FindNegotiatingText(DocumentId documentId, DraftLabel label) {
}
