package org.draftline.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.MeetingRecorded;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.ExtendInputWindow;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.api.silence.BreakSilence;
import org.draftline.api.silence.ExtendSilence;
import org.draftline.api.silence.StartSilence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.draftline.api.rules.NegotiationRule.*;
import static org.draftline.command.document.Negotiation.*;

/**
 * Trusted time: the delegations act live, now, with the fixture's clock at {@code NOW}. No act is dated
 * after its receipt; only the secretariat records the past; live deadlines are judged by when an act
 * arrived; a silence is given real notice. Each test names the attack it stops.
 */
class TrustedTimeTest {

    private static final Actor BELGIUM_LIVE = Actor.delegate("belgium-pr", BELGIUM);
    private static final Actor MEXICO_LIVE = Actor.delegate("mexico-delegate", MEXICO);
    private static final Actor ECUADOR_LIVE = Actor.delegate("ecuador-delegate", ECUADOR);
    private static final Actor SECRETARIAT_FOR_MEXICO = Actor.recordedFor(MEXICO, "H.E. Mr. Juan Sandoval",
            "pga-office");

    private AggregateTestFixture<NegotiatedDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    /** The 2017 record up to Rev.1, then the present. */
    private TestExecutor<NegotiatedDocument> givenARevisedDraft() {
        return fixture.givenCurrentTime(NOW).andGiven(registered(), appointed(), zeroDraft(), rev1());
    }

    /** Rev.1 under a silence that ends {@code deadlineFromNow} from now, started a day ago. */
    private TestExecutor<NegotiatedDocument> givenSilenceEnding(Duration deadlineFromNow) {
        return givenARevisedDraft().andGiven(new SilenceStarted(DOCUMENT, 1, DraftLabel.revision(1),
                newYorkDeadline(NOW.plus(deadlineFromNow)), NOW.minus(Duration.ofDays(1))));
    }

    private static SubmitInput mexicoInput(Instant occurredAt) {
        return new SubmitInput(DOCUMENT, DraftLabel.revision(1), MEXICO, null, "Mexico supports OP2", List.of(),
                occurredAt);
    }

    private static InputSubmitted mexicoInputRecorded(Instant at) {
        return new InputSubmitted(DOCUMENT, DraftLabel.revision(1), MEXICO, null, "Mexico supports OP2", List.of(),
                at);
    }

    @Test
    void anActDatedUpToAMinuteAheadIsRecordedAtItsReceipt() {
        givenARevisedDraft()
                .when(mexicoInput(NOW.plusSeconds(59)), as(MEXICO_LIVE))
                .expectEvents(mexicoInputRecorded(NOW));
    }

    @Test
    void cannotDateAnActMoreThanAMinuteAhead() {
        givenARevisedDraft()
                .when(mexicoInput(NOW.plusSeconds(61)), as(MEXICO_LIVE))
                .expectException(violates(OCCURRED_IN_FUTURE))
                .expectNoEvents();
    }

    /** Finding 4: a date ahead no longer locks every other actor out until it comes. */
    @Test
    void aForwardDatedActLocksNoOneOut() {
        givenARevisedDraft()
                .andGivenCommands(by(MEXICO_LIVE, mexicoInput(NOW.plusSeconds(59))))
                .when(new SubmitInput(DOCUMENT, DraftLabel.revision(1), ECUADOR, null, "Ecuador supports OP3",
                        List.of(), null), as(ECUADOR_LIVE))
                .expectEvents(new InputSubmitted(DOCUMENT, DraftLabel.revision(1), ECUADOR, null,
                        "Ecuador supports OP3", List.of(), NOW));
    }

    @Test
    void aDelegationMayDateItsActAFewMinutesBack() {
        givenARevisedDraft()
                .when(mexicoInput(NOW.minus(Duration.ofMinutes(9))), as(MEXICO_LIVE))
                .expectEvents(mexicoInputRecorded(NOW.minus(Duration.ofMinutes(9))));
    }

    @Test
    void onlyTheSecretariatRecordsThePast() {
        givenARevisedDraft()
                .when(mexicoInput(NOW.minus(Duration.ofMinutes(11))), as(MEXICO_LIVE))
                .expectException(violates(ONLY_SECRETARIAT_RECORDS_THE_PAST))
                .expectNoEvents();
    }

    @Test
    void theSecretariatRecordsADelegationsPastActAsThatDelegations() {
        givenARevisedDraft()
                .when(mexicoInput(day(35)), as(SECRETARIAT_FOR_MEXICO))
                .expectEvents(mexicoInputRecorded(day(35)));
    }

    @Test
    void theSecretariatRecordingForADelegationIsJudgedAsThatDelegation() {
        givenARevisedDraft()
                .when(new SubmitInput(DOCUMENT, DraftLabel.revision(1), ECUADOR, null, "In Ecuador's name", List.of(),
                        day(35)), as(SECRETARIAT_FOR_MEXICO))
                .expectException(violates(NOT_YOUR_DELEGATION))
                .expectNoEvents();
    }

    @Test
    void aCoFacilitatorsActRecordedForADelegationThatIsNoneIsRefused() {
        givenARevisedDraft()
                .when(new RecordMeeting(DOCUMENT, MeetingKind.READING, "First reading", LocalDate.of(2017, 4, 10),
                        null, day(40)), as(SECRETARIAT_FOR_MEXICO))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    /** Finding 2: a meeting dated ahead no longer ends a running silence before its deadline. */
    @Test
    void aRunningSilenceCannotBeCutShortByAnActDatedAhead() {
        givenSilenceEnding(Duration.ofMinutes(3))
                .when(new RecordMeeting(DOCUMENT, MeetingKind.INFORMAL_MEETING, "Informal consultations",
                        LocalDate.of(2026, 11, 29), null, NOW.plus(Duration.ofMinutes(4)).plusSeconds(59)),
                        as(BELGIUM_LIVE))
                .expectException(violates(OCCURRED_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void anActDatedSlightlyAheadDuringSilenceLeavesTheSilenceRunning() {
        givenSilenceEnding(Duration.ofSeconds(30))
                .when(new RecordMeeting(DOCUMENT, MeetingKind.INFORMAL_MEETING, "Informal consultations",
                        LocalDate.of(2026, 11, 29), null, NOW.plusSeconds(59)), as(BELGIUM_LIVE))
                .expectEvents(new MeetingRecorded(DOCUMENT, MeetingKind.INFORMAL_MEETING, "Informal consultations",
                        LocalDate.of(2026, 11, 29), null, NOW));
    }

    @Test
    void aBreakInTimeIsStillTakenAfterAnActDatedAhead() {
        givenSilenceEnding(Duration.ofMinutes(3))
                .andGivenCommands(by(BELGIUM_LIVE, new RecordMeeting(DOCUMENT, MeetingKind.INFORMAL_MEETING,
                        "Informal consultations", LocalDate.of(2026, 11, 29), null, NOW.plusSeconds(59))))
                .when(new BreakSilence(DOCUMENT, MEXICO, null, "OP2 must mention victims", List.of(), null),
                        as(MEXICO_LIVE))
                .expectEvents(new SilenceBroken(DOCUMENT, 1, MEXICO, null, "OP2 must mention victims", List.of(),
                        NOW));
    }

    /** Finding 3: a co-facilitator cannot start a silence that is already over. */
    @Test
    void cannotStartARetroactiveSilence() {
        givenARevisedDraft()
                .when(new StartSilence(DOCUMENT, newYorkDeadline(NOW.minusSeconds(1)), NOW.minusSeconds(2)),
                        as(BELGIUM_LIVE))
                .expectException(violates(SILENCE_NOTICE_TOO_SHORT))
                .expectNoEvents();
    }

    @Test
    void aSilenceNeedsAnHoursNotice() {
        givenARevisedDraft()
                .when(new StartSilence(DOCUMENT, newYorkDeadline(NOW.plus(Duration.ofMinutes(59))), null),
                        as(BELGIUM_LIVE))
                .expectException(violates(SILENCE_NOTICE_TOO_SHORT))
                .expectNoEvents();
    }

    @Test
    void aSilenceWithAnHoursNoticeStarts() {
        givenARevisedDraft()
                .when(new StartSilence(DOCUMENT, newYorkDeadline(NOW.plus(MINIMUM_NOTICE)), null), as(BELGIUM_LIVE))
                .expectEvents(new SilenceStarted(DOCUMENT, 1, DraftLabel.revision(1),
                        newYorkDeadline(NOW.plus(MINIMUM_NOTICE)), NOW));
    }

    @Test
    void anExtensionNeedsTheSameNotice() {
        givenSilenceEnding(Duration.ofMinutes(5))
                .when(new ExtendSilence(DOCUMENT, newYorkDeadline(NOW.plus(Duration.ofMinutes(30))), null),
                        as(BELGIUM_LIVE))
                .expectException(violates(SILENCE_NOTICE_TOO_SHORT))
                .expectNoEvents();
    }

    @Test
    void theSecretariatRecordsASilenceThatHasRunAsHistory() {
        Actor secretariatForBelgium = Actor.recordedFor(BELGIUM, null, "pga-office");
        Instant started = NOW.minus(Duration.ofDays(3));
        givenARevisedDraft()
                .when(new StartSilence(DOCUMENT, newYorkDeadline(NOW.minus(Duration.ofDays(1))), started),
                        as(secretariatForBelgium))
                .expectEvents(new SilenceStarted(DOCUMENT, 1, DraftLabel.revision(1),
                        newYorkDeadline(NOW.minus(Duration.ofDays(1))), started));
    }

    @Test
    void cannotGiveADeadlineMoreThanAYearAfterTheAct() {
        givenARevisedDraft()
                .when(new StartSilence(DOCUMENT, newYorkDeadline(NOW.plus(Duration.ofDays(367))), null),
                        as(BELGIUM_LIVE))
                .expectException(violates(DEADLINE_TOO_FAR))
                .expectNoEvents();
    }

    /** Finding 5: a break received after the deadline is late, whatever date it bears. */
    @Test
    void aBreakReceivedAfterTheDeadlineIsLateWhateverItsDate() {
        givenSilenceEnding(Duration.ofSeconds(-1))
                .when(new BreakSilence(DOCUMENT, MEXICO, null, "Too late", List.of(), NOW.minusSeconds(2)),
                        as(MEXICO_LIVE))
                .expectException(violates(DEADLINE_PASSED))
                .expectNoEvents();
    }

    @Test
    void theSecretariatRecordsABreakThatCameInTime() {
        givenSilenceEnding(Duration.ofSeconds(-1))
                .when(new BreakSilence(DOCUMENT, MEXICO, null, "In time, by letter", List.of(), NOW.minusSeconds(2)),
                        as(SECRETARIAT_FOR_MEXICO))
                .expectEvents(new SilenceBroken(DOCUMENT, 1, MEXICO, null, "In time, by letter", List.of(),
                        NOW.minusSeconds(2)));
    }

    @Test
    void anExtensionReceivedAfterTheDeadlineIsLateWhateverItsDate() {
        givenSilenceEnding(Duration.ofSeconds(-1))
                .when(new ExtendSilence(DOCUMENT, newYorkDeadline(NOW.plus(Duration.ofDays(2))), NOW.minusSeconds(2)),
                        as(BELGIUM_LIVE))
                .expectException(violates(DEADLINE_PASSED))
                .expectNoEvents();
    }

    @Test
    void inputReceivedAfterItsWindowClosedIsLateWhateverItsDate() {
        givenARevisedDraft()
                .andGiven(new InputWindowOpened(DOCUMENT, DraftLabel.revision(1), newYorkDeadline(NOW.minusSeconds(1)),
                        NOW.minus(Duration.ofDays(7))))
                .when(mexicoInput(NOW.minusSeconds(2)), as(MEXICO_LIVE))
                .expectException(violates(DEADLINE_PASSED))
                .expectNoEvents();
    }

    @Test
    void anInputWindowExtensionReceivedAfterItsDeadlineIsLate() {
        givenARevisedDraft()
                .andGiven(new InputWindowOpened(DOCUMENT, DraftLabel.revision(1), newYorkDeadline(NOW.minusSeconds(1)),
                        NOW.minus(Duration.ofDays(7))))
                .when(new ExtendInputWindow(DOCUMENT, newYorkDeadline(NOW.plus(Duration.ofDays(2))),
                        NOW.minusSeconds(2)), as(BELGIUM_LIVE))
                .expectException(violates(DEADLINE_PASSED))
                .expectNoEvents();
    }

    @Test
    void aFinalDraftAfterARunningSilenceWaitsForItsDeadline() {
        givenSilenceEnding(Duration.ofMinutes(3))
                .when(new CirculateFinalDraft(DOCUMENT, TEXT, NOW.plusSeconds(59)), as(BELGIUM_LIVE))
                .expectException(violates(SILENCE_RUNNING))
                .expectNoEvents();
    }
}
