package org.draftline.platform.events;

import java.util.Optional;

/**
 * PostgreSQL announced that events of one aggregate were committed to the event store, by this instance
 * or another on the same database, up to {@code sequence}. Published as a Spring application event in
 * the listening thread, so a listener hands slow work on.
 */
public record EventsAppended(String aggregateId, long sequence) {

    /** Reads a notification's payload, {@code "<aggregate> <sequence>"}; empty when it is not one. */
    static Optional<EventsAppended> parse(String payload) {
        int space = payload == null ? -1 : payload.lastIndexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EventsAppended(payload.substring(0, space),
                    Long.parseLong(payload.substring(space + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
