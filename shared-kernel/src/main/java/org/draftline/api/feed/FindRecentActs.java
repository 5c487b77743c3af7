package org.draftline.api.feed;

import org.draftline.api.InvalidValue;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;

/**
 * The latest acts on the record, newest recorded first, for a feed: of one document, of one delegation (acting
 * or spoken for), or of everything when both are null. Answers {@link RecentActs}. A reader who may not read a
 * members-only document's record is refused it by name, and never sees its acts in the other feeds.
 */
public record FindRecentActs(DocumentId documentId, Delegation delegation, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;

    public FindRecentActs {
        if (documentId != null && delegation != null) {
            throw new InvalidValue("delegation: a feed is of one document or of one delegation, not both");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValue("size: between 1 and " + MAX_SIZE);
        }
    }
}
