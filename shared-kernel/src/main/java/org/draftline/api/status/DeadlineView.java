package org.draftline.api.status;

import org.draftline.api.Deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A deadline as people read it: in UTC, in the zone it was given in, and how long is left.
 *
 * @param purpose     what falls due: {@code SILENCE} or {@code INPUT_WINDOW}
 * @param secondsLeft until the deadline when the answer was given; null once it has passed
 */
public record DeadlineView(String purpose, Instant utc, String zone, OffsetDateTime local, Long secondsLeft) {

    public static DeadlineView of(String purpose, Deadline deadline, Instant now) {
        Long secondsLeft = deadline.at().isAfter(now) ? Duration.between(now, deadline.at()).toSeconds() : null;
        return new DeadlineView(purpose, deadline.at(), deadline.zone().getId(), deadline.local().toOffsetDateTime(),
                secondsLeft);
    }
}
