package org.draftline.query.history;

import com.fasterxml.jackson.core.type.TypeReference;
import org.draftline.query.storage.JsonColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.history.HistoryPage;
import org.draftline.query.progress.ProgressRecorder;
import org.draftline.query.progress.Projection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;

/** The audit trail: one entry per event, with both times, the actor and a one-line summary. */
@Component
@ProcessingGroup(HistoryProjection.NAME)
class HistoryProjection implements Projection {

    static final String NAME = "history";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final HistoryTable table;
    private final ProgressRecorder progress;
    private final JsonColumns json;

    HistoryProjection(HistoryTable table, ProgressRecorder progress, JsonColumns json) {
        this.table = table;
        this.progress = progress;
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @EventHandler
    void on(DocumentEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, MetaData metaData) {
        Actor actor = metaData.containsKey(Actor.USERNAME) ? Actor.fromMetaData(metaData) : Actor.SYSTEM;
        Delegation delegation = actingDelegation(event, actor);
        Delegation onBehalfOf = event instanceof InputSubmitted input ? input.onBehalfOf()
                : event instanceof SilenceBroken broken ? broken.onBehalfOf() : null;
        Map<String, Object> details = json.convert(event, FIELDS);
        details.remove("documentId");
        table.insert(event.documentId(), new HistoryEntry(sequence, event.getClass().getSimpleName(),
                event.occurredAt(), recordedAt, actor.username(), actor.role().name(), delegation, onBehalfOf,
                HistorySummary.of(event, by(actor)), details));
        progress.advance(NAME, event.documentId(), sequence);
    }

    private static Delegation actingDelegation(DocumentEvent event, Actor actor) {
        if (event instanceof InputSubmitted input) {
            return input.delegation();
        }
        if (event instanceof SilenceBroken broken) {
            return broken.delegation();
        }
        return actor.delegation();
    }

    private static String by(Actor actor) {
        if (actor.delegation() != null) {
            return actor.delegation().name();
        }
        return actor.is(Role.SECRETARIAT) ? "The secretariat" : "Draftline";
    }

    @ResetHandler
    void reset() {
        table.deleteAll();
        progress.forget(NAME);
    }

    @QueryHandler
    HistoryPage handle(FindHistory query) {
        return table.find(query);
    }
}
