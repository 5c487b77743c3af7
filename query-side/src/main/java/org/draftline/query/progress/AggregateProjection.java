package org.draftline.query.progress;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.messaging.MetaData;
import org.draftline.api.actor.Actor;

import java.time.Instant;

/**
 * A read model fed by one aggregate's events (a document's, a group's, a meeting's). It sees every such
 * event, records in the same transaction how far it has read each aggregate (so that reads can wait for
 * it), and empties itself before a replay. Its name is its processing group. An event it cannot apply is
 * parked in the group's dead-letter queue with the rest of its aggregate's events, while the others go on.
 * <p>
 * It is Axon's {@link EventMessageHandler} itself rather than a bean of annotated methods: Axon's adapter for
 * those looks the handler up, checks whether it allows a reset, resolves each parameter and calls it by
 * reflection, for every event and every read model, twice (once to see whether the processor handles the
 * event, once to handle it), which cost a replay more than the read models' own work. This is what the
 * adapter did for the one handler each read model had: a domain event whose payload is of the read model's
 * type; Axon's processors, dead-letter queues and resets treat it as before ({@code ProjectionProcessing}
 * registers it in its group).
 *
 * @param <E> the events it reads
 */
public abstract class AggregateProjection<E> implements ReadModel, EventMessageHandler {

    private final String name;
    private final ProgressRecorder progress;
    private final Class<E> events;

    protected AggregateProjection(String name, ProgressRecorder progress, Class<E> events) {
        this.name = name;
        this.progress = progress;
        this.events = events;
    }

    @Override
    public String name() {
        return name;
    }

    /** The aggregate the event belongs to, whose progress the read model records. */
    protected abstract String aggregate(E event);

    /** Changes the read model for one event; most events change nothing in most read models. */
    protected abstract void project(E event, Position position);

    /** Empties the read model, before its events are replayed. */
    protected abstract void clear();

    @Override
    public boolean canHandle(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> && canHandleType(event.getPayloadType());
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return events.isAssignableFrom(payloadType);
    }

    @Override
    public Object handle(EventMessage<?> message) {
        E event = events.cast(message.getPayload());
        long sequence = ((DomainEventMessage<?>) message).getSequenceNumber();
        Position position = new Position(sequence, message.getTimestamp(), message.getMetaData());
        progress.apply(() -> project(event, position));
        progress.advance(name, aggregate(event), sequence);
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
