package org.draftline.query.feeds;

import org.draftline.api.Deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the feeds tell people: New York time (the UN's) and UTC, and a deadline also in its own zone. */
final class ReadableTimes {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter UTC_DAY_AND_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ReadableTimes() {
    }

    /** "Wednesday 8 February 2017, 16:00 New York time (8 February 2017, 21:00 UTC)". */
    static String of(Instant instant) {
        return DAY_AND_TIME.format(instant.atZone(NEW_YORK)) + " New York time (" + UTC_DAY_AND_TIME.format(instant)
                + " UTC)";
    }

    /** A deadline in New York time and UTC, and in the zone it was given in when that is another. */
    static String of(Deadline deadline) {
        String readable = of(deadline.at());
        ZoneId zone = deadline.zone();
        if (zone.equals(NEW_YORK) || zone.normalized().equals(ZoneOffset.UTC)) {
            return readable;
        }
        return readable + "; " + TIME.format(deadline.local()) + " " + deadline.zone().getId() + " as given";
    }
}
