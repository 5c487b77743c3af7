package org.draftline.command.group;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.group.GroupEvent.SpokespersonMandated;
import org.draftline.api.group.Mandate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may speak for a group, as the documents' rules ask it: read from the {@code Group} aggregate's own
 * events in the event store, so a mandate counts from the moment it is committed, with no read model to
 * lag behind, and the same with the JDBC store and with Axon Server. Inside a command's unit of work the
 * read runs on that command's connection.
 */
@Component
public class GroupMandates {

    private final EventStore events;

    public GroupMandates(EventStore events) {
        this.events = events;
    }

    /** Whether {@code delegation} speaks for {@code group} at {@code at}: the group's own, or by a mandate. */
    public boolean speaksFor(Delegation delegation, Delegation group, Instant at) {
        return delegation.equals(group) || of(group).stream()
                .anyMatch(mandate -> mandate.delegation().equals(delegation) && mandate.covers(at));
    }

    /** The group's mandates, in the order they were recorded. */
    public List<Mandate> of(Delegation group) {
        List<Mandate> mandates = new ArrayList<>();
        // from sequence 0: the events themselves, never a snapshot
        DomainEventStream stream = events.readEvents(group.code(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof SpokespersonMandated mandated) {
                mandates.add(mandated.mandate());
            }
        }
        return mandates;
    }
}
