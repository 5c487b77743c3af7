package org.draftline.query.status;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.document.Visibility;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.FindDocument;
import org.draftline.api.status.FindDocuments;
import org.draftline.api.status.DocumentCursor;
import org.draftline.api.status.DocumentFacets;
import org.draftline.api.status.DocumentPage;
import org.draftline.api.status.FindDocumentFacets;
import org.draftline.api.status.FindDocumentPage;
import org.draftline.api.document.DocumentId;
import org.draftline.query.progress.BatchWrites;
import org.draftline.query.progress.ProgressRecorder;
import org.draftline.query.progress.Projection;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Keeps each document's status: stage, current draft, deadlines, co-facilitators, silence, adoption. */
@Component
@ProcessingGroup(DocumentStatusProjection.NAME)
class DocumentStatusProjection extends Projection {

    static final String NAME = "document-status";

    private final DocumentStatusTable table;
    private final BatchWrites writes;
    private final Clock clock;

    DocumentStatusProjection(DocumentStatusTable table, ProgressRecorder progress, BatchWrites writes, Clock clock) {
        super(NAME, progress);
        this.table = table;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * The statuses of a batch: the rows of every document the batch's events touch read at once, when the
     * batch's first event reaches this read model, every event of the batch applied to them in memory, and
     * each changed one written once when the batch commits.
     */
    private final class Folded {

        /** A document without a row maps to null: its events change nothing, as when applied one by one. */
        final Map<DocumentId, StatusRecord> statuses = new HashMap<>();
        final Set<DocumentId> changed = new LinkedHashSet<>();
        /** The documents whose rows were read: one missing from {@link #statuses} has none. */
        final Set<String> read;

        Folded(List<EventMessage<?>> events) {
            Set<String> documents = new LinkedHashSet<>();
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domainEvent
                        && DocumentEvent.class.isAssignableFrom(event.getPayloadType())) {
                    documents.add(domainEvent.getAggregateIdentifier());
                }
            }
            table.findAll(documents).forEach(status -> statuses.put(status.id, status));
            read = documents;
        }

        StatusRecord status(DocumentId document) {
            if (!statuses.containsKey(document)) {
                statuses.put(document, read.contains(document.value()) ? null : table.find(document).orElse(null));
            }
            return statuses.get(document);
        }

        void write() {
            table.upsert(changed.stream().map(statuses::get).toList());
        }
    }

    @Override
    protected void project(DocumentEvent event, Position position) {
        Optional<Folded> batch = writes.state(NAME, () -> new Folded(writes.fastEvents()), Folded::write);
        if (batch.isPresent()) {
            fold(batch.get(), event, position.sequence());
        } else {
            applyNow(event, position.sequence());
        }
    }

    private void fold(Folded batch, DocumentEvent event, long sequence) {
        DocumentId document = event.documentId();
        if (event instanceof DocumentRegistered registered) {
            if (batch.statuses.get(document) == null) {
                // a row already there stays: the upsert only replaces a row of a lower sequence
                batch.statuses.put(document, StatusRecord.registered(registered, sequence));
                batch.changed.add(document);
            }
            return;
        }
        StatusRecord status = batch.status(document);
        if (status != null && status.sequence < sequence) {
            status.apply(event, sequence);
            batch.changed.add(document);
        }
    }

    private void applyNow(DocumentEvent event, long sequence) {
        if (event instanceof DocumentRegistered registered) {
            table.insert(StatusRecord.registered(registered, sequence));
        } else {
            table.find(event.documentId())
                    .filter(status -> status.sequence < sequence)
                    .ifPresent(status -> {
                        status.apply(event, sequence);
                        table.update(status);
                    });
        }
    }

    @Override
    protected void clear() {
        table.emptyForReplay();
    }

    @QueryHandler
    List<DocumentStatus> handle(FindDocuments query, MetaData reader) {
        Instant now = clock.instant();
        return table.findAll().stream().map(status -> as(reader, status.toView(now))).toList();
    }

    /** One page, read one row past it to know whether another follows. */
    @QueryHandler
    DocumentPage handle(FindDocumentPage query, MetaData reader) {
        Instant now = clock.instant();
        List<DocumentStatusTable.Listed> rows = table.page(query.size() + 1, query.after(), query.body(),
                query.session(), query.stage(), query.title());
        List<DocumentStatusTable.Listed> page = rows.subList(0, Math.min(query.size(), rows.size()));
        DocumentCursor next = null;
        if (rows.size() > query.size()) {
            DocumentStatusTable.Listed last = page.get(page.size() - 1);
            next = new DocumentCursor(last.registeredAt(), last.status().id);
        }
        return new DocumentPage(page.stream().map(row -> as(reader, row.status().toView(now))).toList(), next);
    }

    @QueryHandler
    DocumentFacets handle(FindDocumentFacets query) {
        return new DocumentFacets(table.count(), table.distinct("body"), table.distinct("session"));
    }

    @QueryHandler
    Optional<DocumentStatus> handle(FindDocument query, MetaData reader) {
        return table.find(query.documentId()).map(status -> as(reader, status.toView(clock.instant())));
    }

    /** An observer reads a members-only document's status without who broke silence and why. */
    private static DocumentStatus as(MetaData reader, DocumentStatus status) {
        return status.visibility() == Visibility.PUBLIC || MembersOnly.readsEverything(reader) ? status
                : status.withoutSilenceBreakers();
    }
}
