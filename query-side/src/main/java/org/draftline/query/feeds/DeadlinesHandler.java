package org.draftline.query.feeds;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.document.DocumentId;
import org.draftline.api.feed.Deadlines;
import org.draftline.api.feed.FindDeadlines;
import org.draftline.query.history.RecentActsHandler;
import org.draftline.query.history.RecordedEvents;
import org.draftline.query.status.MembersOnly;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The deadlines of a document, or of the documents a delegation takes part in, folded from the audit trail.
 * A document's deadlines are part of its status, which observers read also on a members-only document (and
 * the calendar names nobody); a delegation's calendar leaves out the members-only documents a reader may not
 * read whole, since that it took part in them is itself their record.
 */
@Component
class DeadlinesHandler {

    private final RecordedEvents records;
    private final RecentActsHandler acts;
    private final MembersOnly membersOnly;

    DeadlinesHandler(RecordedEvents records, RecentActsHandler acts, MembersOnly membersOnly) {
        this.records = records;
        this.acts = acts;
        this.membersOnly = membersOnly;
    }

    @QueryHandler
    Deadlines handle(FindDeadlines query, MetaData reader) {
        if (query.documentId() != null) {
            return new Deadlines(DeadlineFold.of(query.documentId(), records.of(query.documentId(), null)));
        }
        List<Deadlines.Entry> entries = new ArrayList<>();
        for (DocumentId document : acts.documentsOf(query.delegation())) {
            if (membersOnly.mayReadAll(document, reader)) {
                entries.addAll(DeadlineFold.of(document, records.of(document, null)));
            }
        }
        return new Deadlines(entries);
    }
}
