package org.draftline.command.meeting;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.meeting.ChangeSegment;
import org.draftline.api.meeting.InscribeSpeaker;
import org.draftline.api.meeting.MeetingEvent;
import org.draftline.api.meeting.MeetingEvent.MeetingOrganized;
import org.draftline.api.meeting.MeetingEvent.SegmentChanged;
import org.draftline.api.meeting.MeetingEvent.SegmentScheduled;
import org.draftline.api.meeting.MeetingEvent.SpeakerInscribed;
import org.draftline.api.meeting.MeetingEvent.StatementRecorded;
import org.draftline.api.meeting.MeetingId;
import org.draftline.api.meeting.OrganizeMeeting;
import org.draftline.api.meeting.RecordStatement;
import org.draftline.api.meeting.ScheduleSegment;
import org.draftline.api.meeting.Segment;
import org.draftline.api.meeting.StatementTimed;
import org.draftline.api.meeting.TimeLimits;
import org.draftline.api.rules.RuleViolation;
import org.draftline.command.document.Timekeeper;
import org.draftline.command.group.GroupMandates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.draftline.api.rules.NegotiationRule.*;

/**
 * A meeting that a document's modalities organize: its programme, kept by the secretariat, and the lists of
 * speakers of its plenary meetings and panels. A delegation inscribes for itself, or for a group it holds a
 * mandate for, at a level of representation; the secretariat records each statement as it is made, and one
 * that ran past its time limit is marked. Times follow trusted time ({@link Timekeeper#realWorldTime}): only
 * the secretariat records the past, and facts are recorded in real-world order.
 */
@Aggregate
public class Meeting {

    @AggregateIdentifier
    private MeetingId meetingId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private TimeLimits timeLimits;
    private Instant lastOccurredAt;
    /**
     * The end of the last statement recorded: statements are recorded in the order they ended, while the
     * inscriptions made meanwhile do not hold back the one the secretariat records a moment after it ended.
     */
    private Instant lastStatementEnded;
    private final Map<String, Segment> segments = new HashMap<>();
    /** Per segment, for whom (a delegation itself, or a group) a place on its list is taken. */
    private final Map<String, Set<Delegation>> inscribed = new HashMap<>();
    /** Per segment, for whom a statement has been recorded. */
    private final Map<String, Set<Delegation>> spoken = new HashMap<>();

    protected Meeting() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Meeting(OrganizeMeeting command, Actor actor, Timekeeper time, OrganizingDocuments documents) {
        requireSecretariat(actor, "organizes a meeting");
        if (!documents.isRegistered(command.organizedBy())) {
            throw new RuleViolation(UNKNOWN_DOCUMENT, "organizedBy: no document '" + command.organizedBy()
                    + "' is registered; a meeting is organized by the modalities of a document on record");
        }
        Instant at = time.realWorldTime(command.occurredAt(), actor, null);
        apply(new MeetingOrganized(command.meetingId(), command.title(), command.organizedBy(), command.startsOn(),
                command.endsOn(), command.venue(), command.timeLimits(), at));
    }

    @CommandHandler
    public long handle(ScheduleSegment command, Actor actor, Timekeeper time) {
        requireSecretariat(actor, "keeps a meeting's programme");
        Segment segment = command.segment();
        if (segments.containsKey(segment.id())) {
            throw new RuleViolation(SEGMENT_EXISTS, "id: the programme already has a segment '" + segment.id()
                    + "'; change it with PUT .../segments/" + segment.id());
        }
        requireWithinMeeting(segment);
        Instant at = time.realWorldTime(command.occurredAt(), actor, lastOccurredAt);
        apply(new SegmentScheduled(meetingId, segment, at));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ChangeSegment command, Actor actor, Timekeeper time) {
        requireSecretariat(actor, "keeps a meeting's programme");
        Segment segment = command.segment();
        requireSegment(segment.id());
        requireWithinMeeting(segment);
        if (!segment.kind().hasListOfSpeakers() && !inscribed.getOrDefault(segment.id(), Set.of()).isEmpty()) {
            throw new RuleViolation(NO_LIST_OF_SPEAKERS, "kind: segment '" + segment.id() + "' has delegations on its "
                    + "list of speakers; a " + segment.kind() + " segment has none");
        }
        Instant at = time.realWorldTime(command.occurredAt(), actor, lastOccurredAt);
        apply(new SegmentChanged(meetingId, segment, at));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(InscribeSpeaker command, Actor actor, Timekeeper time, GroupMandates groups) {
        if (!actor.is(Role.DELEGATE)) {
            throw new RuleViolation(NOT_A_DELEGATE, "a delegation inscribes on a list of speakers; the secretariat "
                    + "records a delegation's inscription for it (recordedFor)");
        }
        Segment segment = requireList(command.segment());
        Instant at = time.realWorldTime(command.occurredAt(), actor, lastOccurredAt);
        if (at.isAfter(segment.endsAt())) {
            throw new RuleViolation(LIST_OF_SPEAKERS_CLOSED, "the list of speakers of '" + segment.id() + "' closed "
                    + "when the segment ended, at " + segment.endsAt());
        }
        Delegation speakingFor = requireSpeaksFor(actor.delegation(), command.onBehalfOf(), at, groups);
        if (inscribed.getOrDefault(segment.id(), Set.of()).contains(speakingFor)) {
            throw new RuleViolation(ALREADY_INSCRIBED, speakingFor.name() + " is already on the list of speakers of '"
                    + segment.id() + "'");
        }
        int inscription = inscribed.getOrDefault(segment.id(), Set.of()).size() + 1;
        apply(new SpeakerInscribed(meetingId, segment.id(), actor.delegation(), command.onBehalfOf(),
                command.level(), inscription, at));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public StatementTimed handle(RecordStatement command, Actor actor, Timekeeper time, GroupMandates groups) {
        requireSecretariat(actor, "records the statements made");
        Segment segment = requireList(command.segment());
        Instant endedAt = time.realWorldTime(command.endedAt(), actor, lastStatementEnded);
        if (!endedAt.isAfter(command.startedAt())) {
            throw new RuleViolation(OCCURRED_IN_FUTURE, "startedAt: " + command.startedAt() + " is not before the "
                    + "statement's end as recorded (" + endedAt + ")");
        }
        Delegation speakingFor = requireSpeaksFor(command.delegation(), command.onBehalfOf(), command.startedAt(),
                groups);
        if (!inscribed.getOrDefault(segment.id(), Set.of()).contains(speakingFor)) {
            throw new RuleViolation(NOT_INSCRIBED, speakingFor.name() + " is not on the list of speakers of '"
                    + segment.id() + "'");
        }
        if (spoken.getOrDefault(segment.id(), Set.of()).contains(speakingFor)) {
            throw new RuleViolation(ALREADY_SPOKE, "the statement of " + speakingFor.name() + " in '" + segment.id()
                    + "' is already recorded");
        }
        Duration used = Duration.between(command.startedAt(), endedAt);
        Duration limit = timeLimits.forStatement(speakingFor.isGroup());
        boolean overLimit = used.compareTo(limit) > 0;
        apply(new StatementRecorded(meetingId, segment.id(), command.delegation(), command.onBehalfOf(),
                command.startedAt(), used, limit, overLimit, endedAt));
        return new StatementTimed(AggregateLifecycle.getVersion(), used, limit, overLimit);
    }

    private static void requireSecretariat(Actor actor, String what) {
        if (!actor.is(Role.SECRETARIAT)) {
            throw new RuleViolation(NOT_SECRETARIAT, "only the secretariat " + what);
        }
    }

    private Segment requireSegment(String id) {
        Segment segment = segments.get(id);
        if (segment == null) {
            throw new RuleViolation(UNKNOWN_SEGMENT, "segment: the programme has no segment '" + id + "'");
        }
        return segment;
    }

    private Segment requireList(String id) {
        Segment segment = requireSegment(id);
        if (!segment.kind().hasListOfSpeakers()) {
            throw new RuleViolation(NO_LIST_OF_SPEAKERS, "segment: '" + id + "' is " + segment.kind()
                    + ", which has named speakers and no list to inscribe on; plenary meetings and panels have one");
        }
        return segment;
    }

    /** Segments fall on the meeting's days, as days in UTC, the zone the API gives a bare date. */
    private void requireWithinMeeting(Segment segment) {
        LocalDate first = LocalDate.ofInstant(segment.startsAt(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(segment.endsAt(), ZoneOffset.UTC);
        if (first.isBefore(startsOn) || last.isAfter(endsOn)) {
            throw new RuleViolation(SEGMENT_OUTSIDE_MEETING, "startsAt: the segment runs from " + segment.startsAt()
                    + " to " + segment.endsAt() + ", outside the meeting's days " + startsOn + " to " + endsOn
                    + " (UTC)");
        }
    }

    /** For whom {@code delegation} speaks: itself, or a group whose mandate covers {@code at}. */
    private static Delegation requireSpeaksFor(Delegation delegation, Delegation onBehalfOf, Instant at,
                                               GroupMandates groups) {
        if (onBehalfOf == null || onBehalfOf.equals(delegation)) {
            return delegation;
        }
        if (!onBehalfOf.isGroup()) {
            throw new RuleViolation(NOT_A_GROUP, "onBehalfOf: " + onBehalfOf + " is " + onBehalfOf.name()
                    + ", not a group; a delegation speaks for itself or for a group");
        }
        if (!groups.speaksFor(delegation, onBehalfOf, at)) {
            throw new RuleViolation(NOT_MANDATED_FOR_GROUP, "onBehalfOf: " + delegation.name() + " holds no mandate "
                    + "to speak for " + onBehalfOf.name() + " on " + LocalDate.ofInstant(at, ZoneOffset.UTC));
        }
        return onBehalfOf;
    }

    /** Sets the state an event leaves behind; no checks, no side effects. */
    @EventSourcingHandler
    void on(MeetingEvent event) {
        lastOccurredAt = event.occurredAt();
        if (event instanceof MeetingOrganized organized) {
            meetingId = organized.meetingId();
            startsOn = organized.startsOn();
            endsOn = organized.endsOn();
            timeLimits = organized.timeLimits();
        } else if (event instanceof SegmentScheduled scheduled) {
            segments.put(scheduled.segment().id(), scheduled.segment());
        } else if (event instanceof SegmentChanged changed) {
            segments.put(changed.segment().id(), changed.segment());
        } else if (event instanceof SpeakerInscribed speaker) {
            inscribed.computeIfAbsent(speaker.segment(), id -> new HashSet<>())
                    .add(speakingFor(speaker.delegation(), speaker.onBehalfOf()));
        } else if (event instanceof StatementRecorded statement) {
            lastStatementEnded = statement.occurredAt();
            spoken.computeIfAbsent(statement.segment(), id -> new HashSet<>())
                    .add(speakingFor(statement.delegation(), statement.onBehalfOf()));
        }
    }

    private static Delegation speakingFor(Delegation delegation, Delegation onBehalfOf) {
        return onBehalfOf == null ? delegation : onBehalfOf;
    }
}
