package org.draftline.query.history;

import com.fasterxml.jackson.core.type.TypeReference;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentId;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.history.HistoryPage;
import org.draftline.query.progress.AggregateProjection.Position;
import org.draftline.query.storage.Differences;
import org.draftline.query.storage.JsonColumns;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Whether the audit-trail rows a report or an export was built from say what the events say. The hash chain
 * vouches for the events only; whoever can write to PostgreSQL can also rewrite {@code history_entry}, so
 * before a printout is sealed as verified its rows are compared with what {@link HistoryProjection} writes for
 * the document's events, read back from the event store (through the upcasters).
 */
@Component
public class HistoryCheck {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final EventStore eventStore;
    private final HistoryProjection projection;
    private final HistoryTable table;
    private final JsonColumns json;

    HistoryCheck(EventStore eventStore, HistoryProjection projection, HistoryTable table, JsonColumns json) {
        this.eventStore = eventStore;
        this.projection = projection;
        this.table = table;
        this.json = json;
    }

    /**
     * Where the first row differs from its event, is missing or has no event.
     *
     * @param sequence the first sequence where the read model and the event store part
     * @param detail   what differs, in a sentence
     */
    public record Disagreement(long sequence, String detail) {
    }

    /**
     * The last sequence of the document the history had written. Read it before the rows to be checked: an
     * event beyond it may simply not be projected yet, one up to it must have its row.
     */
    public long writtenUpTo(DocumentId documentId) {
        return table.writtenUpTo(documentId);
    }

    /** Compares the document's whole audit trail, as the history endpoint serves it, with its events. */
    public Optional<Disagreement> checkAll(DocumentId documentId) {
        long writtenUpTo = table.writtenUpTo(documentId);
        List<HistoryEntry> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            HistoryPage entries = table.find(new FindHistory(documentId, null, null, null, null, null, page,
                    FindHistory.MAX_PAGE_SIZE));
            rows.addAll(entries.entries());
            if (page + 1 >= entries.totalPages()) {
                return check(documentId, rows, writtenUpTo, entry -> true);
            }
        }
    }

    /**
     * Compares the rows used with the entries the events make.
     *
     * @param used      the rows the printout was built from
     * @param writtenUpTo {@link #writtenUpTo} as read before the rows were
     * @param inScope   which entries the printout takes (as of a date, up to a sequence); every such event up
     *                  to {@code writtenUpTo} must be among the rows
     */
    public Optional<Disagreement> check(DocumentId documentId, List<HistoryEntry> used, long writtenUpTo,
                                        Predicate<HistoryEntry> inScope) {
        Map<Long, HistoryEntry> expected = expected(documentId);
        Map<Long, HistoryEntry> stored = new TreeMap<>();
        for (HistoryEntry entry : used) {
            if (stored.put(entry.sequence(), entry) != null) {
                return Optional.of(new Disagreement(entry.sequence(), "the history read model holds sequence "
                        + entry.sequence() + " twice"));
            }
        }
        TreeSet<Long> sequences = new TreeSet<>(stored.keySet());
        expected.forEach((sequence, entry) -> {
            if (sequence <= writtenUpTo && inScope.test(entry)) {
                sequences.add(sequence);
            }
        });
        for (long sequence : sequences) {
            HistoryEntry row = stored.get(sequence);
            HistoryEntry event = expected.get(sequence);
            if (row == null) {
                return Optional.of(new Disagreement(sequence, "the history read model has no entry for the "
                        + event.type() + " event at sequence " + sequence));
            }
            if (event == null) {
                return Optional.of(new Disagreement(sequence, "the history read model holds an entry at sequence "
                        + sequence + " for which the event store has no event"));
            }
            List<String> differing = differences(row, event);
            if (!differing.isEmpty()) {
                return Optional.of(new Disagreement(sequence, "the history read model's entry at sequence " + sequence
                        + " differs from its event in " + String.join(", ", differing)));
            }
        }
        return Optional.empty();
    }

    /** What the projection writes for each of the document's events, keyed by sequence. */
    private Map<Long, HistoryEntry> expected(DocumentId documentId) {
        Map<Long, HistoryEntry> entries = new TreeMap<>();
        // from sequence 0: every event, never a snapshot in their place
        DomainEventStream events = eventStore.readEvents(documentId.value(), 0);
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getPayload() instanceof DocumentEvent event) {
                HistoryEntry entry = projection.entry(event, new Position(message.getSequenceNumber(),
                        message.getTimestamp(), message.getMetaData()));
                // the details as a row gives them back, so numbers compare as the stored ones do
                entries.put(entry.sequence(), new HistoryEntry(entry.sequence(), entry.type(), entry.occurredAt(),
                        entry.recordedAt(), entry.actor(), entry.role(), entry.delegation(), entry.onBehalfOf(),
                        entry.summary(), json.read(json.write(entry.details()), FIELDS), entry.recordedBy(),
                        entry.person()));
            }
        }
        return entries;
    }

    private static List<String> differences(HistoryEntry row, HistoryEntry event) {
        return new Differences()
                .field("type", row.type(), event.type())
                .time("occurredAt", row.occurredAt(), event.occurredAt())
                .time("recordedAt", row.recordedAt(), event.recordedAt())
                .field("actor", row.actor(), event.actor())
                .field("role", row.role(), event.role())
                .field("delegation", row.delegation(), event.delegation())
                .field("onBehalfOf", row.onBehalfOf(), event.onBehalfOf())
                .field("recordedBy", row.recordedBy(), event.recordedBy())
                .field("person", row.person(), event.person())
                .field("summary", row.summary(), event.summary())
                .field("details", row.details(), event.details())
                .names();
    }
}
