package org.draftline.command.integrity;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.draftline.platform.axon.UtcInstants;

import java.time.Instant;

/**
 * An event as Axon's engine read it from the store, its timestamp read by {@link UtcInstants} from the
 * text stored rather than by Axon's {@code DateTimeFormatter}; everything else is Axon's entry's.
 */
class ReadEventData<T> implements DomainEventData<T> {

    private final DomainEventData<T> read;
    private final Object storedTimestamp;

    private ReadEventData(DomainEventData<T> read, Object storedTimestamp) {
        this.read = read;
        this.storedTimestamp = storedTimestamp;
    }

    /** An aggregate's event read for loading it, its timestamp read from {@code storedTimestamp} when that is text. */
    static DomainEventData<?> domain(DomainEventData<?> read, Object storedTimestamp) {
        return storedTimestamp instanceof CharSequence ? new ReadEventData<>(read, storedTimestamp) : read;
    }

    /** An event read for a processor, its timestamp read from {@code storedTimestamp} when that is text. */
    static TrackedEventData<?> tracked(TrackedEventData<?> read, Object storedTimestamp) {
        return read instanceof DomainEventData<?> domain && storedTimestamp instanceof CharSequence
                ? new Tracked<>(domain, read.trackingToken(), storedTimestamp) : read;
    }

    @Override
    public String getType() {
        return read.getType();
    }

    @Override
    public String getAggregateIdentifier() {
        return read.getAggregateIdentifier();
    }

    @Override
    public long getSequenceNumber() {
        return read.getSequenceNumber();
    }

    @Override
    public String getEventIdentifier() {
        return read.getEventIdentifier();
    }

    @Override
    public Instant getTimestamp() {
        return UtcInstants.parse((CharSequence) storedTimestamp, DateTimeUtils::parseInstant);
    }

    @Override
    public SerializedObject<T> getMetaData() {
        return read.getMetaData();
    }

    @Override
    public SerializedObject<T> getPayload() {
        return read.getPayload();
    }

    /** The same, for a processor: with the event's position in the store. */
    private static final class Tracked<T> extends ReadEventData<T> implements TrackedEventData<T> {

        private final TrackingToken token;

        private Tracked(DomainEventData<T> read, TrackingToken token, Object storedTimestamp) {
            super(read, storedTimestamp);
            this.token = token;
        }

        @Override
        public TrackingToken trackingToken() {
            return token;
        }
    }
}
