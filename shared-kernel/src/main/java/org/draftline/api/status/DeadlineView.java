package org.draftline.api.status;

import org.draftline.api.Deadline;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A deadline as people read it: in UTC, and in the zone it was given in.
 *
 * @param purpose what falls due: {@code SILENCE} or {@code INPUT_WINDOW}
 */
public record DeadlineView(String purpose, Instant utc, String zone, OffsetDateTime local) {

    public static DeadlineView of(String purpose, Deadline deadline) {
        return new DeadlineView(purpose, deadline.at(), deadline.zone().getId(), deadline.local().toOffsetDateTime());
    }
}
