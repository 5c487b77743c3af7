package org.draftline.api.history;

import org.draftline.api.InvalidValue;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;

import java.time.Instant;

/**
 * A page of a document's audit trail, oldest first, filtered by event type, by delegation (acting, or
 * spoken for), and by real-world time; {@code asOf} shows the record as it stood then.
 */
public record FindHistory(DocumentId documentId, String type, Delegation delegation, Instant from, Instant to,
                          Instant asOf, int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public FindHistory {
        if (page < 0) {
            throw new InvalidValue("page: numbered from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValue("size: between 1 and " + MAX_PAGE_SIZE);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValue("to: before from");
        }
    }
}
