package org.draftline.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A deadline as the instant it falls and the zone it was given in ("18:00 New York time"), so it can
 * be shown as the negotiators wrote it and in UTC.
 */
public record Deadline(Instant at, ZoneId zone) implements Comparable<Deadline> {

    public Deadline {
        if (!Recorded.isBeingRead()) {
            Fields.required(at, "deadline");
        }
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    public static Deadline of(ZonedDateTime dateTime) {
        return new Deadline(dateTime.toInstant(), dateTime.getZone());
    }

    public ZonedDateTime local() {
        return at.atZone(zone);
    }

    public boolean isAfter(Deadline other) {
        return at.isAfter(other.at);
    }

    /** True when an act dated {@code occurredAt} came in time: strictly before the deadline. */
    public boolean admits(Instant occurredAt) {
        return occurredAt.isBefore(at);
    }

    @Override
    public int compareTo(Deadline other) {
        return at.compareTo(other.at);
    }
}
