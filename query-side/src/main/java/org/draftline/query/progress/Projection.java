package org.draftline.query.progress;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.DocumentEvent;

import java.time.Instant;

/**
 * A read model fed by the document events. It sees every event, records in the same transaction how
 * far it has read each document (so that reads can wait for it), and empties itself before a replay.
 * Its name is its processing group. An event it cannot apply is parked in the group's dead-letter
 * queue with the rest of its document's events, while the other documents go on.
 */
public abstract class Projection implements ReadModel {

    private final String name;
    private final ProgressRecorder progress;

    protected Projection(String name, ProgressRecorder progress) {
        this.name = name;
        this.progress = progress;
    }

    @Override
    public String name() {
        return name;
    }

    /** Changes the read model for one event; most events change nothing in most read models. */
    protected abstract void project(DocumentEvent event, Position position);

    /** Empties the read model, before its events are replayed. */
    protected abstract void clear();

    @EventHandler
    void on(DocumentEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, MetaData metaData) {
        progress.apply(() -> project(event, new Position(sequence, recordedAt, metaData)));
        progress.advance(name, event.documentId(), sequence);
    }

    @ResetHandler
    void reset() {
        clear();
        progress.forget(name);
    }

    /** Where an event stands in the record: its sequence, when it was recorded, and who acted. */
    public record Position(long sequence, Instant recordedAt, MetaData metaData) {

        /** The actor the event's metadata names; Draftline itself for events recorded without one. */
        public Actor actor() {
            return metaData.containsKey(Actor.USERNAME) ? Actor.fromMetaData(metaData) : Actor.SYSTEM;
        }
    }
}
