package org.draftline.command.meeting;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.draftline.api.document.DocumentId;
import org.springframework.stereotype.Component;

/**
 * Whether the document a meeting names as organizing it is on record: read from the event store, as
 * {@code GroupMandates} reads the groups, so it holds from the document's registration on.
 */
@Component
public class OrganizingDocuments {

    private final EventStore events;

    public OrganizingDocuments(EventStore events) {
        this.events = events;
    }

    public boolean isRegistered(DocumentId document) {
        return events.readEvents(document.value(), 0).hasNext();
    }
}
