package org.draftline.query.reports;

import org.draftline.api.Deadline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the reports print them: the same everywhere, in UTC, or in a deadline's own zone. */
final class Dates {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private Dates() {
    }

    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    static String deadline(Deadline deadline) {
        return LOCAL.format(deadline.local()) + " " + deadline.zone().getId() + " (" + utc(deadline.at()) + ")";
    }
}
