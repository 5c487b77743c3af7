package org.draftline.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as people read them, the one way the pages, the reports, the feeds and the refusals write them:
 * New York time (the UN's) with UTC beside it, to the minute, and a deadline also in the zone it was given in.
 */
public final class ReadableTimes {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY_AND_TIME_UTC =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private ReadableTimes() {
    }

    /** "8 Feb 2017, 16:00 New York time (21:00 UTC)"; the UTC day is named when it is another day. */
    public static String of(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime newYork = instant.atZone(NEW_YORK);
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        String utcPart = sameDay(newYork, utc) ? TIME.format(utc) : DAY_AND_TIME.format(utc);
        return DAY_AND_TIME.format(newYork) + " New York time (" + utcPart + " UTC)";
    }

    /** "8 Feb 2017, 21:00 UTC": where a time is only recorded, never negotiated (when an act reached Draftline). */
    public static String utc(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    /** "8 Feb 2017", the day in New York. */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(NEW_YORK));
    }

    /** "8 Feb 2017". */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A deadline in New York time and UTC, and in the zone it was given in when that is another. */
    public static String of(Deadline deadline) {
        if (deadline == null) {
            return "";
        }
        String readable = of(deadline.at());
        return givenElsewhere(deadline.zone())
                ? readable + "; " + TIME.format(deadline.local()) + " " + deadline.zone().getId() + " as given"
                : readable;
    }

    /** "Wednesday 8 February 2017, 16:00 New York time (8 February 2017, 21:00 UTC)", for a message read alone. */
    public static String longForm(Instant instant) {
        return instant == null ? "" : LONG_DAY_AND_TIME.format(instant.atZone(NEW_YORK)) + " New York time ("
                + LONG_DAY_AND_TIME_UTC.format(instant.atZone(ZoneOffset.UTC)) + " UTC)";
    }

    /** {@link #longForm(Instant)} for a deadline, with the time it was given in another zone. */
    public static String longForm(Deadline deadline) {
        String readable = longForm(deadline.at());
        return givenElsewhere(deadline.zone())
                ? readable + "; " + TIME.format(deadline.local()) + " " + deadline.zone().getId() + " as given"
                : readable;
    }

    private static boolean givenElsewhere(ZoneId zone) {
        return !zone.equals(NEW_YORK) && !zone.normalized().equals(ZoneOffset.UTC);
    }

    private static boolean sameDay(ZonedDateTime one, ZonedDateTime other) {
        return one.toLocalDate().equals(other.toLocalDate());
    }
}
