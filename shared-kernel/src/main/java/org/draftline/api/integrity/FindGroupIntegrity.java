package org.draftline.api.integrity;

import org.draftline.api.delegation.Delegation;

/**
 * Recompute a group's hash chain (its mandates, which the documents' rules trust) from the event store and
 * check it against its signed heads, as {@link FindIntegrity} does for a document. Answers an optional
 * {@link IntegrityCheck}, empty for a group with nothing recorded.
 */
public record FindGroupIntegrity(Delegation group) {
}
