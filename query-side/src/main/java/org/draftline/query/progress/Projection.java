package org.draftline.query.progress;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.messaging.MetaData;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.DocumentEvent;

import java.time.Instant;

/**
 * A read model fed by the document events. It sees every event, records in the same transaction how
 * far it has read each document (so that reads can wait for it), and empties itself before a replay.
 * Its name is its processing group. An event it cannot apply is parked in the group's dead-letter
 * queue with the rest of its document's events, while the other documents go on.
 * <p>
 * It is Axon's {@link EventMessageHandler} itself rather than a bean of annotated methods: Axon's adapter for
 * those looks the handler up, checks whether it allows a reset, resolves each parameter and calls it by
 * reflection, for every event and every read model, twice (once to see whether the processor handles the
 * event, once to handle it), which cost a replay more than the read models' own work. This is what the
 * adapter did for the one handler every read model had, {@code on(DocumentEvent, @SequenceNumber,
 * @Timestamp, MetaData)}: a domain event whose payload is a {@link DocumentEvent}; Axon's processors,
 * dead-letter queues and resets treat it as before ({@code ProjectionProcessing} registers it in its group).
 */
public abstract class Projection implements ReadModel, EventMessageHandler {

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

    @Override
    public boolean canHandle(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> && canHandleType(event.getPayloadType());
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return DocumentEvent.class.isAssignableFrom(payloadType);
    }

    @Override
    public Object handle(EventMessage<?> message) {
        DocumentEvent event = (DocumentEvent) message.getPayload();
        long sequence = ((DomainEventMessage<?>) message).getSequenceNumber();
        Position position = new Position(sequence, message.getTimestamp(), message.getMetaData());
        progress.apply(() -> project(event, position));
        progress.advance(name, event.documentId(), sequence);
        return null;
    }

    @Override
    public void prepareReset() {
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
