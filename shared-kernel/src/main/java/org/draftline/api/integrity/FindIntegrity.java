package org.draftline.api.integrity;

import org.draftline.api.document.DocumentId;

/**
 * Recompute a document's hash chain from the event store and check it against its signed heads; a head
 * that checks out and is not yet signed is signed on the way. Answers an optional {@link IntegrityCheck},
 * empty for a document the store has never held.
 */
public record FindIntegrity(DocumentId documentId) {
}
