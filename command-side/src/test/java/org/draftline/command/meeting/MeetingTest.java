package org.draftline.command.meeting;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.group.GroupEvent.SpokespersonMandated;
import org.draftline.api.meeting.Chair;
import org.draftline.api.meeting.ChangeSegment;
import org.draftline.api.meeting.InscribeSpeaker;
import org.draftline.api.meeting.MeetingEvent.MeetingOrganized;
import org.draftline.api.meeting.MeetingEvent.SegmentChanged;
import org.draftline.api.meeting.MeetingEvent.SegmentScheduled;
import org.draftline.api.meeting.MeetingEvent.SpeakerInscribed;
import org.draftline.api.meeting.MeetingEvent.StatementRecorded;
import org.draftline.api.meeting.MeetingId;
import org.draftline.api.meeting.OrganizeMeeting;
import org.draftline.api.meeting.Panellist;
import org.draftline.api.meeting.RecordStatement;
import org.draftline.api.meeting.ScheduleSegment;
import org.draftline.api.meeting.Segment;
import org.draftline.api.meeting.SegmentKind;
import org.draftline.api.meeting.StatementTimed;
import org.draftline.api.meeting.TimeLimits;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.command.document.Timekeeper;
import org.draftline.command.group.GroupMandates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftline.api.meeting.RepresentationLevel.HEAD_OF_STATE;
import static org.draftline.api.meeting.RepresentationLevel.MINISTER;
import static org.draftline.api.meeting.RepresentationLevel.PERMANENT_REPRESENTATIVE;
import static org.draftline.command.Refusals.violates;

/**
 * The meeting a document's modalities organize: the secretariat keeps its programme and records statements;
 * delegations inscribe, for themselves or for a group they are mandated for. The clock stands during the
 * 2017 meeting's plenary, so acts of delegations happen live.
 */
class MeetingTest {

    private static final MeetingId MEETING = MeetingId.of("gpa-2017-high-level-meeting");
    private static final DocumentId MODALITIES = DocumentId.of("gpa-2017-modalities");
    private static final Instant ORGANIZED = Instant.parse("2017-07-20T14:00:00Z");
    private static final Instant NOW = Instant.parse("2017-09-27T15:10:00Z");
    private static final Instant PLENARY_START = Instant.parse("2017-09-27T15:00:00Z");
    private static final Instant PLENARY_END = Instant.parse("2017-09-27T17:00:00Z");
    private static final TimeLimits LIMITS = TimeLimits.of(Duration.ofMinutes(3), Duration.ofMinutes(5));
    private static final Actor SECRETARIAT = Actor.secretariat("pga-office");
    private static final Delegation BELGIUM = Delegation.of("BEL");
    private static final Delegation MEXICO = Delegation.of("MEX");
    private static final Delegation ECUADOR = Delegation.of("ECU");
    private static final Delegation G77 = Delegation.of("G77");
    private static final Segment PLENARY = Segment.of("plenary-1", SegmentKind.PLENARY, "Plenary meeting", null,
            PLENARY_START, PLENARY_END, null, List.of());
    private static final Segment OPENING = Segment.of("opening", SegmentKind.OPENING, "Opening", null,
            Instant.parse("2017-09-27T14:00:00Z"), PLENARY_START, null, List.of());

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new Timekeeper(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30),
                Duration.ofHours(1)));
        EventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        store.publish(new GenericDomainEventMessage<>("NegotiatedDocument", MODALITIES.value(), 0, "registered"));
        store.publish(new GenericDomainEventMessage<>("Group", "G77", 0,
                new SpokespersonMandated(G77, ECUADOR, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), NOW)));
        fixture.registerInjectableResource(new GroupMandates(store));
        fixture.registerInjectableResource(new OrganizingDocuments(store));
    }

    private static MeetingOrganized organized() {
        return new MeetingOrganized(MEETING, "High-level meeting", MODALITIES, LocalDate.of(2017, 9, 27),
                LocalDate.of(2017, 9, 28), "General Assembly Hall", LIMITS, ORGANIZED);
    }

    private static SegmentScheduled plenaryScheduled() {
        return new SegmentScheduled(MEETING, PLENARY, ORGANIZED);
    }

    private static SpeakerInscribed inscribed(Delegation delegation, Delegation onBehalfOf, int inscription) {
        return new SpeakerInscribed(MEETING, "plenary-1", delegation, onBehalfOf, PERMANENT_REPRESENTATIVE,
                inscription, ORGANIZED);
    }

    private static Actor delegate(Delegation delegation) {
        return Actor.delegate(delegation.code().toLowerCase() + "-delegate", delegation);
    }

    @Test
    void theSecretariatOrganizesAMeetingOfADocumentOnRecord() {
        fixture.givenNoPriorActivity()
                .when(new OrganizeMeeting(MEETING, "High-level meeting", MODALITIES, LocalDate.of(2017, 9, 27),
                        LocalDate.of(2017, 9, 28), "General Assembly Hall", LIMITS, ORGANIZED), SECRETARIAT.toMetaData())
                .expectEvents(organized());
    }

    @Test
    void cannotOrganizeAMeetingUnlessSecretariat() {
        fixture.givenNoPriorActivity()
                .when(new OrganizeMeeting(MEETING, "High-level meeting", MODALITIES, LocalDate.of(2017, 9, 27),
                        LocalDate.of(2017, 9, 28), null, LIMITS, null), delegate(MEXICO).toMetaData())
                .expectException(violates(NegotiationRule.NOT_SECRETARIAT))
                .expectNoEvents();
    }

    @Test
    void cannotOrganizeAMeetingOfAnUnknownDocument() {
        fixture.givenNoPriorActivity()
                .when(new OrganizeMeeting(MEETING, "High-level meeting", DocumentId.of("no-such-document"),
                        LocalDate.of(2017, 9, 27), LocalDate.of(2017, 9, 28), null, LIMITS, ORGANIZED),
                        SECRETARIAT.toMetaData())
                .expectException(violates(NegotiationRule.UNKNOWN_DOCUMENT))
                .expectNoEvents();
    }

    @Test
    void timeLimitsAreMoreThanNothingAndAtMostAnHour() {
        assertThatThrownBy(() -> TimeLimits.of(Duration.ZERO, Duration.ofMinutes(5)))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("timeLimits.delegation: ");
        assertThatThrownBy(() -> TimeLimits.of(Duration.ofMinutes(3), Duration.ofHours(2)))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("timeLimits.group: ");
    }

    @Test
    void theSecretariatSchedulesAPanelWithItsChairAndPanellists() {
        Segment panel = Segment.of("panel-1", SegmentKind.PANEL, "Interactive panel 1", "Prevention and prosecution",
                Instant.parse("2017-09-27T19:00:00Z"), Instant.parse("2017-09-27T20:30:00Z"),
                new Chair(BELGIUM, "Marc Pecsteen de Buytswerve"),
                List.of(new Panellist("Purna Sen", "Director of Policy", "UN Women")));
        fixture.given(organized())
                .when(new ScheduleSegment(MEETING, panel, ORGANIZED), SECRETARIAT.toMetaData())
                .expectEvents(new SegmentScheduled(MEETING, panel, ORGANIZED));
    }

    @Test
    void onlyAPanelHasPanellists() {
        assertThatThrownBy(() -> Segment.of("plenary-1", SegmentKind.PLENARY, "Plenary", null, PLENARY_START,
                PLENARY_END, null, List.of(new Panellist("Purna Sen", null, null))))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("panellists: ");
    }

    @Test
    void cannotScheduleASegmentUnlessSecretariat() {
        fixture.given(organized())
                .when(new ScheduleSegment(MEETING, PLENARY, null), delegate(MEXICO).toMetaData())
                .expectException(violates(NegotiationRule.NOT_SECRETARIAT))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleTheSameSegmentTwice() {
        fixture.given(organized(), plenaryScheduled())
                .when(new ScheduleSegment(MEETING, PLENARY, ORGANIZED), SECRETARIAT.toMetaData())
                .expectException(violates(NegotiationRule.SEGMENT_EXISTS))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleASegmentOutsideTheMeetingsDays() {
        Segment early = Segment.of("plenary-0", SegmentKind.PLENARY, "Plenary", null,
                Instant.parse("2017-09-26T15:00:00Z"), Instant.parse("2017-09-26T17:00:00Z"), null, List.of());
        fixture.given(organized())
                .when(new ScheduleSegment(MEETING, early, ORGANIZED), SECRETARIAT.toMetaData())
                .expectException(violates(NegotiationRule.SEGMENT_OUTSIDE_MEETING))
                .expectNoEvents();
    }

    @Test
    void theSecretariatChangesASegmentAsAnEvent() {
        Segment later = Segment.of("plenary-1", SegmentKind.PLENARY, "Plenary meeting", "Statements",
                PLENARY_START, PLENARY_END.plus(Duration.ofHours(1)), null, List.of());
        fixture.given(organized(), plenaryScheduled())
                .when(new ChangeSegment(MEETING, later, ORGANIZED), SECRETARIAT.toMetaData())
                .expectEvents(new SegmentChanged(MEETING, later, ORGANIZED));
    }

    @Test
    void cannotChangeASegmentNotOnTheProgramme() {
        fixture.given(organized())
                .when(new ChangeSegment(MEETING, PLENARY, ORGANIZED), SECRETARIAT.toMetaData())
                .expectException(violates(NegotiationRule.UNKNOWN_SEGMENT))
                .expectNoEvents();
    }

    @Test
    void cannotTurnASegmentWithSpeakersIntoOneWithout() {
        Segment opening = Segment.of("plenary-1", SegmentKind.OPENING, "Opening", null, PLENARY_START, PLENARY_END,
                null, List.of());
        fixture.given(organized(), plenaryScheduled(), inscribed(MEXICO, null, 1))
                .when(new ChangeSegment(MEETING, opening, ORGANIZED), SECRETARIAT.toMetaData())
                .expectException(violates(NegotiationRule.NO_LIST_OF_SPEAKERS))
                .expectNoEvents();
    }

    @Test
    void aDelegationInscribesItselfAtItsLevelNumberedInOrder() {
        fixture.given(organized(), plenaryScheduled(), inscribed(BELGIUM, null, 1))
                .when(new InscribeSpeaker(MEETING, "plenary-1", null, MINISTER, null), delegate(MEXICO).toMetaData())
                .expectEvents(new SpeakerInscribed(MEETING, "plenary-1", MEXICO, null, MINISTER, 2, NOW));
    }

    @Test
    void aMandatedDelegationInscribesForItsGroup() {
        fixture.given(organized(), plenaryScheduled(), inscribed(ECUADOR, null, 1))
                .when(new InscribeSpeaker(MEETING, "plenary-1", G77, HEAD_OF_STATE, null), delegate(ECUADOR).toMetaData())
                .expectEvents(new SpeakerInscribed(MEETING, "plenary-1", ECUADOR, G77, HEAD_OF_STATE, 2, NOW));
    }

    @Test
    void cannotInscribeForAGroupWithoutItsMandate() {
        fixture.given(organized(), plenaryScheduled())
                .when(new InscribeSpeaker(MEETING, "plenary-1", G77, MINISTER, null), delegate(MEXICO).toMetaData())
                .expectException(violates(NegotiationRule.NOT_MANDATED_FOR_GROUP))
                .expectNoEvents();
    }

    @Test
    void cannotInscribeOnBehalfOfAState() {
        fixture.given(organized(), plenaryScheduled())
                .when(new InscribeSpeaker(MEETING, "plenary-1", BELGIUM, MINISTER, null), delegate(MEXICO).toMetaData())
                .expectException(violates(NegotiationRule.NOT_A_GROUP))
                .expectNoEvents();
    }

    @Test
    void cannotInscribeTwiceForTheSameSpeaker() {
        fixture.given(organized(), plenaryScheduled(), inscribed(ECUADOR, G77, 1))
                .when(new InscribeSpeaker(MEETING, "plenary-1", G77, MINISTER, null), delegate(ECUADOR).toMetaData())
                .expectException(violates(NegotiationRule.ALREADY_INSCRIBED))
                .expectNoEvents();
        fixture.given(organized(), plenaryScheduled(), inscribed(MEXICO, null, 1))
                .when(new InscribeSpeaker(MEETING, "plenary-1", null, MINISTER, null), delegate(MEXICO).toMetaData())
                .expectException(violates(NegotiationRule.ALREADY_INSCRIBED))
                .expectNoEvents();
    }

    @Test
    void cannotInscribeUnlessADelegation() {
        fixture.given(organized(), plenaryScheduled())
                .when(new InscribeSpeaker(MEETING, "plenary-1", null, MINISTER, null), SECRETARIAT.toMetaData())
                .expectException(violates(NegotiationRule.NOT_A_DELEGATE))
                .expectNoEvents();
        fixture.given(organized(), plenaryScheduled())
                .when(new InscribeSpeaker(MEETING, "plenary-1", null, MINISTER, null),
                        Actor.observer("ngo").toMetaData())
                .expectException(violates(NegotiationRule.NOT_A_DELEGATE))
                .expectNoEvents();
    }

    @Test
    void theSecretariatInscribesADelegationInThePast() {
        fixture.given(organized(), plenaryScheduled())
                .when(new InscribeSpeaker(MEETING, "plenary-1", null, MINISTER, ORGANIZED),
                        Actor.recordedFor(MEXICO, null, "pga-office").toMetaData())
                .expectEvents(new SpeakerInscribed(MEETING, "plenary-1", MEXICO, null, MINISTER, 1, ORGANIZED));
    }

    @Test
    void cannotInscribeDatedInThePastUnlessTheSecretariatRecordsIt() {
        fixture.given(organized(), plenaryScheduled())
                .when(new InscribeSpeaker(MEETING, "plenary-1", null, MINISTER, NOW.minus(Duration.ofHours(1))),
                        delegate(MEXICO).toMetaData())
                .expectException(violates(NegotiationRule.ONLY_SECRETARIAT_RECORDS_THE_PAST))
                .expectNoEvents();
    }

    @Test
    void cannotInscribeOnASegmentWithoutAList() {
        fixture.given(organized(), new SegmentScheduled(MEETING, OPENING, ORGANIZED))
                .when(new InscribeSpeaker(MEETING, "opening", null, MINISTER, null), delegate(MEXICO).toMetaData())
                .expectException(violates(NegotiationRule.NO_LIST_OF_SPEAKERS))
                .expectNoEvents();
    }

    @Test
    void cannotInscribeOnAnUnknownSegment() {
        fixture.given(organized())
                .when(new InscribeSpeaker(MEETING, "plenary-9", null, MINISTER, null), delegate(MEXICO).toMetaData())
                .expectException(violates(NegotiationRule.UNKNOWN_SEGMENT))
                .expectNoEvents();
    }

    @Test
    void cannotInscribeAfterTheSegmentEnded() {
        Segment ended = Segment.of("plenary-1", SegmentKind.PLENARY, "Plenary meeting", null,
                Instant.parse("2017-09-27T13:00:00Z"), Instant.parse("2017-09-27T15:00:00Z"), null, List.of());
        fixture.given(organized(), new SegmentScheduled(MEETING, ended, ORGANIZED))
                .when(new InscribeSpeaker(MEETING, "plenary-1", null, MINISTER, null), delegate(MEXICO).toMetaData())
                .expectException(violates(NegotiationRule.LIST_OF_SPEAKERS_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aStatementWithinItsLimitIsNotMarked() {
        Instant start = NOW.minus(Duration.ofMinutes(3));
        fixture.given(organized(), plenaryScheduled(), inscribed(MEXICO, null, 1))
                .when(new RecordStatement(MEETING, "plenary-1", MEXICO, null, start, NOW), SECRETARIAT.toMetaData())
                .expectEvents(new StatementRecorded(MEETING, "plenary-1", MEXICO, null, start, Duration.ofMinutes(3),
                        Duration.ofMinutes(3), false, NOW))
                .expectResultMessagePayload(new StatementTimed(3, Duration.ofMinutes(3), Duration.ofMinutes(3), false));
    }

    @Test
    void aStatementOverItsLimitIsMarked() {
        Instant start = NOW.minus(Duration.ofMinutes(3)).minusSeconds(1);
        fixture.given(organized(), plenaryScheduled(), inscribed(MEXICO, null, 1))
                .when(new RecordStatement(MEETING, "plenary-1", MEXICO, null, start, NOW), SECRETARIAT.toMetaData())
                .expectEvents(new StatementRecorded(MEETING, "plenary-1", MEXICO, null, start,
                        Duration.ofSeconds(181), Duration.ofMinutes(3), true, NOW));
    }

    @Test
    void aStatementForAGroupHasTheGroupsLimit() {
        Instant start = NOW.minus(Duration.ofMinutes(4));
        fixture.given(organized(), plenaryScheduled(), inscribed(ECUADOR, G77, 1))
                .when(new RecordStatement(MEETING, "plenary-1", ECUADOR, G77, start, NOW), SECRETARIAT.toMetaData())
                .expectEvents(new StatementRecorded(MEETING, "plenary-1", ECUADOR, G77, start, Duration.ofMinutes(4),
                        Duration.ofMinutes(5), false, NOW));
    }

    @Test
    void cannotRecordAStatementUnlessSecretariat() {
        fixture.given(organized(), plenaryScheduled(), inscribed(MEXICO, null, 1))
                .when(new RecordStatement(MEETING, "plenary-1", MEXICO, null, NOW.minusSeconds(60), NOW),
                        delegate(MEXICO).toMetaData())
                .expectException(violates(NegotiationRule.NOT_SECRETARIAT))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAStatementOfADelegationNotOnTheList() {
        fixture.given(organized(), plenaryScheduled(), inscribed(MEXICO, null, 1))
                .when(new RecordStatement(MEETING, "plenary-1", BELGIUM, null, NOW.minusSeconds(60), NOW),
                        SECRETARIAT.toMetaData())
                .expectException(violates(NegotiationRule.NOT_INSCRIBED))
                .expectNoEvents();
    }

    @Test
    void cannotRecordTheSameSpeakersStatementTwice() {
        fixture.given(organized(), plenaryScheduled(), inscribed(MEXICO, null, 1),
                        new StatementRecorded(MEETING, "plenary-1", MEXICO, null, NOW.minusSeconds(300),
                                Duration.ofSeconds(100), Duration.ofMinutes(3), false, NOW.minusSeconds(200)))
                .when(new RecordStatement(MEETING, "plenary-1", MEXICO, null, NOW.minusSeconds(60), NOW),
                        SECRETARIAT.toMetaData())
                .expectException(violates(NegotiationRule.ALREADY_SPOKE))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAStatementThatEndsInTheFuture() {
        fixture.given(organized(), plenaryScheduled(), inscribed(MEXICO, null, 1))
                .when(new RecordStatement(MEETING, "plenary-1", MEXICO, null, NOW, NOW.plus(Duration.ofMinutes(5))),
                        SECRETARIAT.toMetaData())
                .expectException(violates(NegotiationRule.OCCURRED_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAStatementThatEndedBeforeTheLastOneRecorded() {
        fixture.given(organized(), plenaryScheduled(), inscribed(MEXICO, null, 1), inscribed(BELGIUM, null, 2),
                        new StatementRecorded(MEETING, "plenary-1", BELGIUM, null, NOW.minusSeconds(120),
                                Duration.ofSeconds(60), Duration.ofMinutes(3), false, NOW.minusSeconds(60)))
                .when(new RecordStatement(MEETING, "plenary-1", MEXICO, null, NOW.minusSeconds(300),
                        NOW.minusSeconds(200)), SECRETARIAT.toMetaData())
                .expectException(violates(NegotiationRule.OCCURRED_BEFORE_LAST_STEP))
                .expectNoEvents();
    }

    @Test
    void aStatementEndedBeforeALaterInscriptionIsRecorded() {
        Instant start = NOW.minusSeconds(200);
        fixture.given(organized(), plenaryScheduled(), inscribed(MEXICO, null, 1),
                        new SpeakerInscribed(MEETING, "plenary-1", BELGIUM, null, MINISTER, 2, NOW))
                .when(new RecordStatement(MEETING, "plenary-1", MEXICO, null, start, NOW.minusSeconds(20)),
                        SECRETARIAT.toMetaData())
                .expectEvents(new StatementRecorded(MEETING, "plenary-1", MEXICO, null, start,
                        Duration.ofSeconds(180), Duration.ofMinutes(3), false, NOW.minusSeconds(20)));
    }

    @Test
    void aStatementEndsAfterItStarts() {
        assertThatThrownBy(() -> new RecordStatement(MEETING, "plenary-1", MEXICO, null, NOW, NOW))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("endedAt: ");
    }
}
