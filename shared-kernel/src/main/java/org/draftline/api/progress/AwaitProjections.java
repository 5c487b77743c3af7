package org.draftline.api.progress;

import org.draftline.api.document.DocumentId;

import java.time.Duration;

/**
 * Wait, at most {@code timeout}, until every read model has processed a document's events up to
 * {@code sequence}. Answers whether they got there; a read after it then sees that command's effect.
 */
public record AwaitProjections(DocumentId documentId, long sequence, Duration timeout) {
}
