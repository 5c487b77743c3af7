package org.draftline.platform.web;

import org.draftline.api.Deadline;
import org.draftline.api.InvalidValue;
import org.draftline.api.RecordableTime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Times as the API takes them: ISO-8601 with an offset ({@code 2017-06-05T18:00:00-04:00}) or {@code Z},
 * optionally with a zone in brackets ({@code 2017-06-05T18:00:00-04:00[America/New_York]}), a local time
 * with a zone ({@code 2017-06-05T18:00[America/New_York]}), or a bare date meaning its start, UTC; each
 * within the range Draftline records ({@link RecordableTime}), so no query or command takes a time
 * PostgreSQL could not store.
 */
public final class RequestTimes {

    private RequestTimes() {
    }

    public static Instant instant(String value, String field) {
        return value == null || value.isBlank() ? null
                : RecordableTime.instant(zoned(value.strip(), field).toInstant(), field);
    }

    /** A deadline keeps the zone it was given in, or its offset when no zone was named. */
    public static Deadline deadline(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ZonedDateTime dateTime = zoned(value.strip(), field);
        return new Deadline(RecordableTime.instant(dateTime.toInstant(), field), dateTime.getZone());
    }

    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RecordableTime.day(LocalDate.parse(value.strip()), field);
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field + ": '" + value + "' is not a date such as 2017-06-05");
        }
    }

    private static ZonedDateTime zoned(String value, String field) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC);
            }
            int bracket = value.indexOf('[');
            if (bracket > 0 && value.endsWith("]")) {
                ZoneId zone = lastingZone(value.substring(bracket + 1, value.length() - 1), field);
                String dateTime = value.substring(0, bracket);
                return hasOffset(dateTime)
                        ? OffsetDateTime.parse(dateTime).atZoneSameInstant(zone)
                        : LocalDateTime.parse(dateTime).atZone(zone);
            }
            OffsetDateTime withOffset = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return withOffset.toZonedDateTime();
        } catch (DateTimeException e) {
            throw new InvalidValue(field + ": '" + value + "' is not a time with an offset or zone, such as "
                    + "2017-06-05T18:00:00-04:00, 2017-06-05T18:00[America/New_York] or 2017-06-05");
        }
    }

    /**
     * A zone the record can name for ever: a region of the IANA database (America/New_York) or an offset,
     * not one of the deprecated {@code SystemV/} zones, which a newer time-zone database may drop and
     * then fail to read back from a recorded deadline.
     */
    private static ZoneId lastingZone(String id, String field) {
        if (id.startsWith("SystemV/")) {
            throw new InvalidValue(field + ": the zone " + id + " is deprecated; name a region such as "
                    + "America/New_York, or give an offset");
        }
        return ZoneId.of(id);
    }

    private static boolean hasOffset(String dateTime) {
        int time = dateTime.indexOf('T');
        return time > 0 && (dateTime.endsWith("Z") || dateTime.indexOf('+', time) > 0 || dateTime.indexOf('-', time) > 0);
    }
}
