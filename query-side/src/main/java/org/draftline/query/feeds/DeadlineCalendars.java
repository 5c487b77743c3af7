package org.draftline.query.feeds;

import org.draftline.api.ReadableTimes;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.ParameterList;
import org.draftline.api.Deadline;
import org.draftline.api.feed.Deadlines;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An iCalendar (RFC 5545) of deadlines, written by ical4j, that Outlook, Google Calendar and Apple Calendar
 * subscribe to: {@code METHOD:PUBLISH}, its name in {@code X-WR-CALNAME} and how often to look again in
 * {@code REFRESH-INTERVAL} and Outlook's {@code X-PUBLISHED-TTL}. Each deadline is one event starting at the
 * deadline, in the zone it was given in (with that zone's {@code VTIMEZONE}), or in UTC when it was given as
 * a bare offset; its UID never changes, and an extension or a cancellation raises its {@code SEQUENCE} and
 * moves {@code DTSTAMP} and {@code LAST-MODIFIED} to the act's recording, so a subscriber replaces the event
 * rather than adding one. A cancelled deadline stays, {@code STATUS:CANCELLED}, its summary saying so for the
 * clients that show cancelled events as any other.
 */
final class DeadlineCalendars {

    /** How long an event lasts: a deadline is a moment, but a calendar shows an event of some length. */
    static final Duration SHOWN_FOR = Duration.ofMinutes(30);
    private static final Duration REFRESH = Duration.ofHours(1);
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private DeadlineCalendars() {
    }

    /** @param site where Draftline answers ("https://host"), for each deadline's page */
    static String write(FeedIds ids, String name, List<Deadlines.Entry> deadlines, String site) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Draftline//Deadlines//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-CALDESC", "Silence procedures and windows for written input, from Draftline"));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        Map<String, TimeZone> zones = new LinkedHashMap<>();
        List<VEvent> events = deadlines.stream().map(deadline -> event(ids, deadline, site, zones)).toList();
        // each zone's definition before the events that name it, as Outlook reads them
        zones.values().forEach(zone -> calendar.add(zone.getVTimeZone()));
        events.forEach(calendar::add);
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent event(FeedIds ids, Deadlines.Entry deadline, String site, Map<String, TimeZone> zones) {
        VEvent event = new VEvent();
        event.replace(new DtStamp(deadline.changedAt()));
        Optional<ZoneId> zone = zone(deadline.deadline(), zones);
        if (zone.isPresent()) {
            // the wall-clock time from the JDK's zone rules, written as such beside its TZID: ical4j 4.1.1 would
            // convert a ZonedDateTime with rules it builds from its VTIMEZONE, which it gets wrong for some zones
            // (Africa/Nairobi comes out at +02:45, a 1940s offset)
            ParameterList inZone = new ParameterList(List.of(new TzId(zone.get().getId())));
            LocalDateTime local = deadline.deadline().at().atZone(zone.get()).toLocalDateTime();
            event.add(new DtStart<>(inZone, local));
            event.add(new DtEnd<>(inZone, local.plus(SHOWN_FOR)));
        } else {
            event.add(new DtStart<>(deadline.deadline().at()));
            event.add(new DtEnd<>(deadline.deadline().at().plus(SHOWN_FOR)));
        }
        event.add(new Summary(summary(deadline)));
        event.add(new Uid(ids.deadline(deadline)));
        event.add(new Sequence(deadline.revision()));
        event.add(new Created(deadline.setAt()));
        event.add(new LastModified(deadline.changedAt()));
        event.add(deadline.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(ImmutableTransp.TRANSPARENT);
        String page = site + "/documents/" + deadline.documentId().value();
        event.add(new Url(URI.create(page)));
        event.add(new Description(description(deadline, page)));
        return event;
    }

    /**
     * The zone a deadline was given in, where ical4j has its definition (a VTIMEZONE to send with it) and the
     * JDK its rules; empty for a bare offset or an unknown zone, whose deadline is written in UTC.
     */
    private static Optional<ZoneId> zone(Deadline deadline, Map<String, TimeZone> zones) {
        ZoneId zone = deadline.zone();
        if (zone instanceof ZoneOffset) {
            return Optional.empty();
        }
        TimeZone known = zones.computeIfAbsent(zone.getId(), ZONES::getTimeZone);
        if (known == null) {
            zones.remove(zone.getId());
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(known.getID()));
        } catch (DateTimeException unknownToTheJdk) {
            zones.remove(zone.getId());
            return Optional.empty();
        }
    }

    private static String summary(Deadlines.Entry deadline) {
        String what = deadline.kind() == Deadlines.Kind.SILENCE
                ? "Silence procedure " + deadline.ordinal() + " ends" + on(deadline)
                : "Deadline for input" + on(deadline);
        return (deadline.cancelled() ? "Cancelled: " : "") + what + ": " + deadline.documentTitle();
    }

    private static String on(Deadlines.Entry deadline) {
        return deadline.draft() == null ? "" : " on " + deadline.draft();
    }

    private static String description(Deadlines.Entry deadline, String page) {
        String rule = deadline.kind() == Deadlines.Kind.SILENCE
                ? "Any delegation that objects must break silence, in writing, before this deadline."
                : "Written input on this draft is received until this deadline.";
        String changes = deadline.cancelled() ? deadline.state()
                : deadline.revision() > 0 ? "Extended " + (deadline.revision() == 1 ? "once" : deadline.revision()
                + " times") + "." + (deadline.state() == null ? "" : " " + deadline.state())
                : deadline.state() == null ? "" : deadline.state();
        return deadline.documentTitle() + "\nDeadline: " + ReadableTimes.longForm(deadline.deadline()) + "\n" + rule
                + (changes.isEmpty() ? "" : "\n" + changes) + "\n" + page;
    }
}
