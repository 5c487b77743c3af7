package org.draftline.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The times Draftline records: from the day the UN Charter entered into force (1945-10-24, 00:00 UTC) to
 * the end of the year 9999, well inside what PostgreSQL's {@code timestamptz}, ISO-8601 text and Java's
 * arithmetic handle; and deadlines at most 366 days after the act that sets them.
 */
public final class RecordableTime {

    public static final LocalDate FIRST_DAY = LocalDate.of(1945, 10, 24);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    public static final Instant EARLIEST = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    /** The first instant no longer recorded: 10000-01-01T00:00Z. */
    public static final Instant AFTER_LATEST = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Duration LONGEST_DEADLINE = Duration.ofDays(366);

    private RecordableTime() {
    }

    /** The instant, or null for null; refused naming {@code field} when out of the recorded range. */
    public static Instant instant(Instant value, String field) {
        if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(AFTER_LATEST))) {
            throw outOfRange(field, value.toString());
        }
        return value;
    }

    /** The day, or null for null; refused naming {@code field} when out of the recorded range. */
    public static LocalDate day(LocalDate value, String field) {
        if (value != null && (value.isBefore(FIRST_DAY) || value.isAfter(LAST_DAY))) {
            throw outOfRange(field, value.toString());
        }
        return value;
    }

    /**
     * A deadline in the recorded range and, when the act is dated ({@code occurredAt} not null), at most
     * {@link #LONGEST_DEADLINE} after it. Null stays null.
     */
    public static Deadline deadline(Deadline deadline, Instant occurredAt, String field) {
        if (deadline == null) {
            return null;
        }
        instant(deadline.at(), field);
        instant(occurredAt, "occurredAt");
        if (occurredAt != null && deadline.at().isAfter(occurredAt.plus(LONGEST_DEADLINE))) {
            throw new InvalidValue(field + ": " + deadline.at() + " is more than " + LONGEST_DEADLINE.toDays()
                    + " days after the act (" + occurredAt + "); a deadline falls within a year of the act that "
                    + "sets it");
        }
        return deadline;
    }

    private static InvalidValue outOfRange(String field, String value) {
        return new InvalidValue(field + ": " + value + " is outside the dates Draftline records, from " + FIRST_DAY
                + " (the UN Charter's entry into force) to " + LAST_DAY);
    }
}
