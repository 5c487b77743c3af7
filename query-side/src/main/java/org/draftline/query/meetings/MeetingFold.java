package org.draftline.query.meetings;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.meeting.MeetingEvent;
import org.draftline.api.meeting.MeetingEvent.MeetingOrganized;
import org.draftline.api.meeting.MeetingEvent.SegmentChanged;
import org.draftline.api.meeting.MeetingEvent.SegmentScheduled;
import org.draftline.api.meeting.MeetingEvent.SpeakerInscribed;
import org.draftline.api.meeting.MeetingEvent.StatementRecorded;
import org.draftline.api.meeting.MeetingView;
import org.draftline.api.meeting.MeetingView.Speaker;
import org.draftline.api.meeting.MeetingView.Statement;
import org.draftline.api.meeting.Segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A meeting as its events leave it. Each list of speakers is in the Assembly's order: by level of
 * representation (heads of State first), then by order of inscription.
 */
final class MeetingFold {

    /** The speaking order of one segment's list. */
    static final Comparator<SpeakerInscribed> SPEAKING_ORDER = Comparator
            .comparing((SpeakerInscribed inscribed) -> inscribed.level().ordinal())
            .thenComparingInt(SpeakerInscribed::inscription);

    private MeetingFold() {
    }

    static MeetingView fold(List<MeetingTable.Stored> events) {
        MeetingOrganized organized = null;
        Map<String, Segment> segments = new LinkedHashMap<>();
        Map<String, List<SpeakerInscribed>> inscriptions = new LinkedHashMap<>();
        List<StatementRecorded> statements = new ArrayList<>();
        long sequence = -1;
        for (MeetingTable.Stored stored : events) {
            MeetingEvent event = stored.event();
            sequence = stored.sequence();
            if (event instanceof MeetingOrganized first) {
                organized = first;
            } else if (event instanceof SegmentScheduled scheduled) {
                segments.put(scheduled.segment().id(), scheduled.segment());
            } else if (event instanceof SegmentChanged changed) {
                segments.put(changed.segment().id(), changed.segment());
            } else if (event instanceof SpeakerInscribed inscribed) {
                inscriptions.computeIfAbsent(inscribed.segment(), id -> new ArrayList<>()).add(inscribed);
            } else if (event instanceof StatementRecorded statement) {
                statements.add(statement);
            }
        }
        if (organized == null) {
            throw new IllegalStateException("a meeting's events begin with MeetingOrganized");
        }
        List<Segment> programme = segments.values().stream()
                .sorted(Comparator.comparing(Segment::startsAt).thenComparing(Segment::id)).toList();
        Set<String> spoken = new HashSet<>();
        statements.forEach(statement -> spoken.add(statement.segment() + "/"
                + speakingFor(statement.delegation(), statement.onBehalfOf())));
        List<Speaker> speakers = new ArrayList<>();
        for (Segment segment : programme) {
            List<SpeakerInscribed> list = inscriptions.getOrDefault(segment.id(), List.of()).stream()
                    .sorted(SPEAKING_ORDER).toList();
            for (int position = 0; position < list.size(); position++) {
                SpeakerInscribed inscribed = list.get(position);
                speakers.add(new Speaker(segment.id(), position + 1, inscribed.delegation(),
                        inscribed.delegation().name(), inscribed.onBehalfOf(), name(inscribed.onBehalfOf()),
                        inscribed.level(), inscribed.inscription(), inscribed.occurredAt(),
                        spoken.contains(segment.id() + "/" + speakingFor(inscribed.delegation(), inscribed.onBehalfOf()))));
            }
        }
        List<Statement> made = statements.stream().map(statement -> new Statement(statement.segment(),
                statement.delegation(), statement.delegation().name(), statement.onBehalfOf(),
                name(statement.onBehalfOf()), statement.startedAt(), statement.occurredAt(), statement.used(),
                statement.limit(), statement.overLimit())).toList();
        return new MeetingView(organized.meetingId(), organized.title(), organized.organizedBy(),
                organized.startsOn(), organized.endsOn(), organized.venue(), organized.timeLimits(), programme,
                speakers, made, sequence);
    }

    private static Delegation speakingFor(Delegation delegation, Delegation onBehalfOf) {
        return onBehalfOf == null ? delegation : onBehalfOf;
    }

    private static String name(Delegation delegation) {
        return delegation == null ? null : delegation.name();
    }
}
