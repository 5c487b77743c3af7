package org.draftline.api.feed;

import org.draftline.api.document.DocumentId;
import org.draftline.api.history.HistoryEntry;

import java.util.List;

/** The acts a feed shows, newest recorded first, each with the document it was done on. */
public record RecentActs(List<Act> acts) {

    /** One act: its document (id and title, as the document's status holds it) and its audit-trail entry. */
    public record Act(DocumentId documentId, String documentTitle, HistoryEntry entry) {
    }
}
