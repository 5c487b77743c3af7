package org.draftline.query.history;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.document.DocumentId;
import org.draftline.api.feed.FindRecentActs;
import org.draftline.api.feed.RecentActs;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.history.FindDocumentsTakenPartIn;
import org.draftline.query.status.MembersOnly;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The audit trail read across documents, newest first, for the feeds. One document's feed is its record, so
 * it is refused to whoever may not read that record; the feeds of a delegation or of everything leave out the
 * members-only documents such a reader may not read, as the delegation's activity report does.
 */
@Component
public class RecentActsHandler {

    private final HistoryTable table;
    private final MembersOnly membersOnly;

    RecentActsHandler(HistoryTable table, MembersOnly membersOnly) {
        this.table = table;
        this.membersOnly = membersOnly;
    }

    @QueryHandler
    RecentActs handle(FindRecentActs query, MetaData reader) {
        if (query.documentId() != null) {
            membersOnly.require(query.documentId(), reader, "its record of who did what, which its feed is");
        }
        return new RecentActs(table.recent(query, !MembersOnly.readsEverything(reader)));
    }

    /**
     * The documents a delegation takes part in, for the pages of that delegation's own accounts; that it took
     * part in a members-only document is no secret to itself.
     */
    @QueryHandler
    List<DocumentId> handle(FindDocumentsTakenPartIn query) {
        return documentsOf(query.delegation());
    }

    /** The documents a delegation takes part in (acting, spoken for, or as co-facilitator), by id. */
    public List<DocumentId> documentsOf(Delegation delegation) {
        return table.documentsOf(delegation);
    }
}
