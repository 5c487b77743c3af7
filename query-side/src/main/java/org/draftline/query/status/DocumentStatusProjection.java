package org.draftline.query.status;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.FindDocument;
import org.draftline.api.status.FindDocuments;
import org.draftline.query.progress.ProgressRecorder;
import org.draftline.query.progress.Projection;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps each document's status: stage, current draft, deadlines, co-facilitators, silence, adoption. */
@Component
@ProcessingGroup(DocumentStatusProjection.NAME)
class DocumentStatusProjection implements Projection {

    static final String NAME = "document-status";

    private final DocumentStatusTable table;
    private final ProgressRecorder progress;
    private final Clock clock;

    DocumentStatusProjection(DocumentStatusTable table, ProgressRecorder progress, Clock clock) {
        this.table = table;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @EventHandler
    void on(DocumentEvent event, @SequenceNumber long sequence) {
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
        progress.advance(NAME, event.documentId(), sequence);
    }

    @ResetHandler
    void reset() {
        table.deleteAll();
        progress.forget(NAME);
    }

    @QueryHandler
    List<DocumentStatus> handle(FindDocuments query) {
        Instant now = clock.instant();
        return table.findAll().stream().map(status -> status.toView(now)).toList();
    }

    @QueryHandler
    Optional<DocumentStatus> handle(FindDocument query) {
        return table.find(query.documentId()).map(status -> status.toView(clock.instant()));
    }
}
