package org.draftline.query.history;

import com.fasterxml.jackson.core.type.TypeReference;
import org.draftline.query.storage.JsonColumns;
import org.axonframework.config.ProcessingGroup;
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
import org.draftline.query.status.MembersOnly;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The audit trail: one entry per event, with both times, the actor and a one-line summary. */
@Component
@ProcessingGroup(HistoryProjection.NAME)
class HistoryProjection extends Projection {

    static final String NAME = "history";
    /** The field every event's details leave out: the entry is the document's already. */
    private static final String DOCUMENT_ID = "documentId";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final HistoryTable table;
    private final JsonColumns json;
    private final MembersOnly membersOnly;

    HistoryProjection(HistoryTable table, ProgressRecorder progress, JsonColumns json, MembersOnly membersOnly) {
        super(NAME, progress);
        this.table = table;
        this.json = json;
        this.membersOnly = membersOnly;
    }

    /** The row is written with its details as JSON straight from the event, not through a map of them. */
    @Override
    protected void project(DocumentEvent event, Position position) {
        table.insert(event.documentId(), entry(event, position, null), json.writeWithout(event, DOCUMENT_ID));
    }

    /** The entry the audit trail holds for an event: the one mapping the projection and its check share. */
    HistoryEntry entry(DocumentEvent event, Position position) {
        Map<String, Object> details = json.convert(event, FIELDS);
        details.remove(DOCUMENT_ID);
        return entry(event, position, details);
    }

    private static HistoryEntry entry(DocumentEvent event, Position position, Map<String, Object> details) {
        Actor actor = position.actor();
        Delegation delegation = actingDelegation(event, actor);
        Delegation onBehalfOf = event instanceof InputSubmitted input ? input.onBehalfOf()
                : event instanceof SilenceBroken broken ? broken.onBehalfOf() : null;
        return new HistoryEntry(position.sequence(), event.getClass().getSimpleName(), event.occurredAt(),
                position.recordedAt(), actor.username(), actor.role().name(), delegation, onBehalfOf,
                HistorySummary.of(event, by(actor)), details, actor.recordedBy(), actor.person());
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

    @Override
    protected void clear() {
        table.emptyForReplay();
    }

    @QueryHandler
    HistoryPage handle(FindHistory query, MetaData reader) {
        membersOnly.require(query.documentId(), reader, "its audit trail (who did what, and why)");
        return table.find(query);
    }
}
