package org.draftline.api.group;

import org.draftline.api.delegation.Delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A delegation's mandate to speak for a group, from {@code from} to {@code to}, both days included;
 * {@code to} null is open-ended. A day is a day in UTC wherever the act happens: one zone for every body
 * and every reader, the one the API already gives a bare date.
 */
public record Mandate(Delegation delegation, LocalDate from, LocalDate to) {

    /** The zone in which an act's time falls on a mandate's day. */
    public static final ZoneId ZONE = ZoneOffset.UTC;

    /** The day an act at {@code at} falls on, as mandates count days. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /** Whether the mandate covers an act at {@code at}. */
    public boolean covers(Instant at) {
        LocalDate day = dayOf(at);
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
