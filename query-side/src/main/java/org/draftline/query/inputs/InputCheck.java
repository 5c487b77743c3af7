package org.draftline.query.inputs;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentId;
import org.draftline.api.input.FindInputs;
import org.draftline.api.input.MemberStateInput;
import org.draftline.query.progress.AggregateProjection.Position;
import org.draftline.query.storage.Differences;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether the member-state input rows (the inputs endpoint's) say what the document's {@code InputSubmitted}
 * events say: each row compared with what {@link InputProjection} makes of its event, read back from the
 * event store, and none missing or extra.
 */
@Component
public class InputCheck {

    private final EventStore eventStore;
    private final InputTable table;

    InputCheck(EventStore eventStore, InputTable table) {
        this.eventStore = eventStore;
        this.table = table;
    }

    /** The first sequence where the rows and the events part, and what differs there. */
    public record Disagreement(long sequence, String detail) {
    }

    public Optional<Disagreement> checkAll(DocumentId documentId) {
        // how far the inputs were written, read before the rows: an event beyond it may not be projected yet
        long writtenUpTo = table.writtenUpTo(documentId);
        Map<Long, MemberStateInput> stored = new TreeMap<>();
        table.find(new FindInputs(documentId, null, null, null)).forEach(row -> stored.put(row.sequence(), row));
        Map<Long, MemberStateInput> expected = new TreeMap<>();
        // from sequence 0: every event, never a snapshot in their place
        DomainEventStream events = eventStore.readEvents(documentId.value(), 0);
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getPayload() instanceof InputSubmitted input) {
                expected.put(message.getSequenceNumber(), InputProjection.row(input, new Position(
                        message.getSequenceNumber(), message.getTimestamp(), message.getMetaData())));
            }
        }
        TreeSet<Long> sequences = new TreeSet<>(stored.keySet());
        expected.keySet().stream().filter(sequence -> sequence <= writtenUpTo).forEach(sequences::add);
        for (long sequence : sequences) {
            MemberStateInput row = stored.get(sequence);
            MemberStateInput event = expected.get(sequence);
            if (row == null) {
                return Optional.of(new Disagreement(sequence, "the inputs read model has no row for the input at "
                        + "sequence " + sequence));
            }
            if (event == null) {
                return Optional.of(new Disagreement(sequence, "the inputs read model holds a row at sequence "
                        + sequence + " for which the event store has no input"));
            }
            List<String> differing = differences(row, event);
            if (!differing.isEmpty()) {
                return Optional.of(new Disagreement(sequence, "the inputs read model's row at sequence " + sequence
                        + " differs from its event in " + String.join(", ", differing)));
            }
        }
        return Optional.empty();
    }

    private static List<String> differences(MemberStateInput row, MemberStateInput event) {
        return new Differences()
                .field("onDraft", row.onDraft(), event.onDraft())
                .field("delegation", row.delegation(), event.delegation())
                .field("onBehalfOf", row.onBehalfOf(), event.onBehalfOf())
                .field("comments", row.comments(), event.comments())
                .field("proposals", row.proposals(), event.proposals())
                .time("occurredAt", row.occurredAt(), event.occurredAt())
                .time("recordedAt", row.recordedAt(), event.recordedAt())
                .field("actor", row.actor(), event.actor())
                .names();
    }
}
