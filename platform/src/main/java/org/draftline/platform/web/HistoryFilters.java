package org.draftline.platform.web;

import org.draftline.api.InvalidValue;
import org.draftline.api.RecordableTime;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentEvent;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The audit trail's filters (event type, delegation, real-world time from and to, the record as of a time),
 * read from a request the same way by the API, its reports and the pages.
 *
 * <p>The API reads times as {@link RequestTimes} does (a bare date is the start of that day, UTC) and refuses
 * the first wrong value. The pages take what their pickers send: a date ({@code input type=date}) is a day in
 * New York, where the pages show every time ({@code from} from its start, {@code to} and {@code asOf} to its
 * end, so "to 5 June" includes 5 June), a date and time without a zone ({@code datetime-local}) is New York
 * time; every wrong value is named, and the others still apply.
 */
public record HistoryFilters(String type, Delegation delegation, Instant from, Instant to, Instant asOf) {

    /** The event types, as the {@code type} filter names them, in alphabetical order. */
    public static final List<String> EVENT_TYPES = Arrays.stream(DocumentEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName).sorted().toList();

    /** The zone of the pages' date and time pickers. */
    public static final ZoneId PAGE_ZONE = ZoneId.of("America/New_York");

    /**
     * The filters as the pages read them, and each value they refused by its field ({@code type},
     * {@code delegation}, {@code from}, {@code to}, {@code asOf}), in the order of the form.
     */
    public record Checked(HistoryFilters filters, Map<String, String> refused) {

        public boolean anyRefused() {
            return !refused.isEmpty();
        }

        /** The filters, or the first refused value as an {@link InvalidValue} naming its field. */
        public HistoryFilters orRefuse() {
            refused.entrySet().stream().findFirst().ifPresent(first -> {
                throw new InvalidValue(first.getKey() + ": " + first.getValue());
            });
            return filters;
        }
    }

    /** The API's reading: the first wrong value is refused as an {@link InvalidValue} naming its field. */
    public static HistoryFilters api(String type, String delegation, String from, String to, String asOf) {
        return new HistoryFilters(type(type), delegation(delegation), RequestTimes.instant(from, "from"),
                RequestTimes.instant(to, "to"), RequestTimes.instant(asOf, "asOf"));
    }

    /** The pages' reading: every value checked, the wrong ones named and left out, the rest applied. */
    public static Checked pages(String type, String delegation, String from, String to, String asOf) {
        Map<String, String> refused = new LinkedHashMap<>();
        String checkedType = checked(refused, () -> type(blankless(type)));
        Delegation checkedDelegation = checked(refused, () -> delegation(blankless(delegation)));
        Instant checkedFrom = checked(refused, () -> pageTime(from, "from", false));
        Instant checkedTo = checked(refused, () -> pageTime(to, "to", true));
        Instant checkedAsOf = checked(refused, () -> pageTime(asOf, "asOf", true));
        if (checkedFrom != null && checkedTo != null && checkedTo.isBefore(checkedFrom)) {
            refused.put("to", "the day is before the day in From; nothing can match both");
            checkedTo = null;
        }
        return new Checked(new HistoryFilters(checkedType, checkedDelegation, checkedFrom, checkedTo, checkedAsOf),
                refused);
    }

    /** An event type such as {@code SilenceBroken}, or null for every type. */
    public static String type(String type) {
        if (type != null && !EVENT_TYPES.contains(type)) {
            throw new InvalidValue("type: '" + type + "' is not an event type; expected one of "
                    + String.join(", ", EVENT_TYPES));
        }
        return type;
    }

    /** A delegation code, or null for every delegation. */
    public static Delegation delegation(String code) {
        if (code != null && !Delegation.isKnown(code)) {
            throw new InvalidValue("delegation: unknown delegation '" + code + "'");
        }
        return code == null ? null : Delegation.of(code);
    }

    public boolean isEmpty() {
        return type == null && delegation == null && from == null && to == null && asOf == null;
    }

    private static Instant pageTime(String value, String field, boolean untilTheDayEnds) {
        String time = blankless(value);
        if (time == null) {
            return null;
        }
        int clock = time.indexOf('T');
        if (clock > 0 && time.substring(clock).chars().anyMatch(c -> c == '+' || c == '-' || c == 'Z' || c == '[')) {
            return RequestTimes.instant(time, field);
        }
        try {
            if (clock < 0) {
                LocalDate day = RecordableTime.day(LocalDate.parse(time), field);
                LocalDate startingDay = untilTheDayEnds ? day.plusDays(1) : day;
                Instant start = startingDay.atStartOfDay(PAGE_ZONE).toInstant();
                return RecordableTime.instant(untilTheDayEnds ? start.minus(1, ChronoUnit.MICROS) : start, field);
            }
            return RecordableTime.instant(LocalDateTime.parse(time).atZone(PAGE_ZONE).toInstant(), field);
        } catch (DateTimeException notATime) {
            throw new InvalidValue(field + ": '" + time + "' is not a date such as 2017-06-05, nor a date and time "
                    + "such as 2017-06-05T18:00 (New York time)");
        }
    }

    private static <T> T checked(Map<String, String> refused, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValue invalid) {
            refused.put(invalid.field(), invalid.reason());
            return null;
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
