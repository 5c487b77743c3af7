package org.draftline.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.InputWindowClosed;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.ExtendInputWindow;
import org.draftline.api.silence.BreakSilence;
import org.draftline.api.silence.ConcludeSilence;
import org.draftline.api.silence.ExtendSilence;
import org.draftline.api.silence.SilenceOutcome;
import org.draftline.api.silence.StartSilence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.draftline.command.document.NegotiatedDocument.INPUT_WINDOW_DEADLINE;
import static org.draftline.command.document.NegotiatedDocument.SILENCE_DEADLINE;
import static org.draftline.command.document.Negotiation.*;

/** Deadlines that keep time by themselves: silence concludes and input windows close when they come. */
class DeadlinesTest {

    private static final Instant IN_TWO_HOURS = NOW.plus(Duration.ofHours(2));
    private static final Instant IN_FIVE_HOURS = NOW.plus(Duration.ofHours(5));

    private AggregateTestFixture<NegotiatedDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    /** Rev.1 circulated in 2017; what follows happens now, with the fixture's clock at {@code NOW}. */
    private TestExecutor<NegotiatedDocument> givenARevisedDraft() {
        return fixture.givenCurrentTime(NOW).andGiven(registered(), appointed(), zeroDraft(), rev1());
    }

    private static StartSilence silenceUntil(Instant deadline) {
        return new StartSilence(DOCUMENT, newYorkDeadline(deadline), null);
    }

    @Test
    void startingSilenceSchedulesItsDeadline() {
        givenARevisedDraft()
                .when(silenceUntil(IN_TWO_HOURS), as(CO_FACILITATOR))
                .expectScheduledDeadlineWithName(IN_TWO_HOURS, SILENCE_DEADLINE);
    }

    @Test
    void silencePassesByItselfAtItsDeadline() {
        givenARevisedDraft()
                .andGivenCommands(by(CO_FACILITATOR, silenceUntil(IN_TWO_HOURS)))
                .whenTimeElapses(Duration.ofHours(3))
                .expectTriggeredDeadlinesWithName(SILENCE_DEADLINE)
                .expectEvents(new SilenceConcluded(DOCUMENT, 1, SilenceOutcome.PASSED, List.of(), IN_TWO_HOURS))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aBrokenSilenceConcludesBrokenAtItsDeadline() {
        givenARevisedDraft()
                .andGivenCommands(by(CO_FACILITATOR, silenceUntil(IN_TWO_HOURS)),
                        by(MEXICO_DELEGATE, new BreakSilence(DOCUMENT, MEXICO, null, "OP1", List.of(), null)))
                .whenTimeElapses(Duration.ofHours(3))
                .expectTriggeredDeadlinesWithName(SILENCE_DEADLINE)
                .expectEvents(new SilenceConcluded(DOCUMENT, 1, SilenceOutcome.BROKEN, List.of(MEXICO), IN_TWO_HOURS));
    }

    @Test
    void silenceDoesNotConcludeBeforeItsDeadline() {
        givenARevisedDraft()
                .andGivenCommands(by(CO_FACILITATOR, silenceUntil(IN_TWO_HOURS)))
                .whenTimeElapses(Duration.ofHours(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(IN_TWO_HOURS, SILENCE_DEADLINE);
    }

    @Test
    void anExtensionMovesTheDeadline() {
        givenARevisedDraft()
                .andGivenCommands(by(CO_FACILITATOR, silenceUntil(IN_TWO_HOURS)))
                .when(new ExtendSilence(DOCUMENT, newYorkDeadline(IN_FIVE_HOURS), null), as(CO_FACILITATOR))
                .expectScheduledDeadlineWithName(IN_FIVE_HOURS, SILENCE_DEADLINE)
                .expectNoScheduledDeadlineWithName(IN_TWO_HOURS, SILENCE_DEADLINE);
    }

    @Test
    void theOldTimeOfAnExtendedSilenceDoesNotFire() {
        givenARevisedDraft()
                .andGivenCommands(by(CO_FACILITATOR, silenceUntil(IN_TWO_HOURS)),
                        by(CO_FACILITATOR, new ExtendSilence(DOCUMENT, newYorkDeadline(IN_FIVE_HOURS), null)))
                .whenTimeElapses(Duration.ofHours(3))
                .expectNoEvents();
    }

    @Test
    void anExtendedSilenceConcludesAtItsNewDeadline() {
        givenARevisedDraft()
                .andGivenCommands(by(CO_FACILITATOR, silenceUntil(IN_TWO_HOURS)),
                        by(CO_FACILITATOR, new ExtendSilence(DOCUMENT, newYorkDeadline(IN_FIVE_HOURS), null)))
                .whenTimeElapses(Duration.ofHours(6))
                .expectTriggeredDeadlinesWithName(SILENCE_DEADLINE)
                .expectEvents(new SilenceConcluded(DOCUMENT, 1, SilenceOutcome.PASSED, List.of(), IN_FIVE_HOURS));
    }

    @Test
    void aSilenceConcludedByTheNextActLeavesNoDeadline() {
        Instant aMinuteAgo = NOW.minusSeconds(60);
        givenARevisedDraft()
                .andGivenCommands(by(CO_FACILITATOR, new StartSilence(DOCUMENT, newYorkDeadline(aMinuteAgo),
                        aMinuteAgo.minusSeconds(60))))
                .when(new CirculateFinalDraft(DOCUMENT, "OP1 Agreed", null), as(CO_FACILITATOR))
                .expectEvents(new SilenceConcluded(DOCUMENT, 1, SilenceOutcome.PASSED, List.of(), aMinuteAgo),
                        new FinalDraftCirculated(DOCUMENT, DraftLabel.finalDraft(1), "OP1 Agreed", List.of("OP1"),
                                NOW))
                .expectNoScheduledDeadlines();
    }

    @Test
    void concludingSilenceByCommandLeavesNoDeadline() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), appointed(), zeroDraft(), rev1())
                .andGivenCommands(by(CO_FACILITATOR, new StartSilence(DOCUMENT, newYorkDeadline(day(33)), day(31))))
                .when(new ConcludeSilence(DOCUMENT, 1), as(Actor.SYSTEM))
                .expectEvents(silencePassed())
                .expectNoScheduledDeadlines();
    }

    @Test
    void aSilenceRecordedAfterItsDeadlineConcludesAGracePeriodLater() {
        givenARevisedDraft()
                .when(new StartSilence(DOCUMENT, newYorkDeadline(day(33)), day(31)), as(CO_FACILITATOR))
                .expectScheduledDeadlineWithName(NOW.plus(GRACE), SILENCE_DEADLINE);
    }

    @Test
    void aSilenceRecordedAfterItsDeadlineConcludesOnceAtItsDeadline() {
        givenARevisedDraft()
                .andGivenCommands(by(CO_FACILITATOR, new StartSilence(DOCUMENT, newYorkDeadline(day(33)), day(31))))
                .whenTimeElapses(GRACE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(SILENCE_DEADLINE)
                .expectEvents(silencePassed())
                .expectNoScheduledDeadlines();
    }

    @Test
    void theNextActBeatsTheGracePeriod() {
        givenARevisedDraft()
                .andGivenCommands(by(CO_FACILITATOR, new StartSilence(DOCUMENT, newYorkDeadline(day(33)), day(31))))
                .when(new CirculateFinalDraft(DOCUMENT, "OP1 Agreed", day(35)), as(CO_FACILITATOR))
                .expectEvents(silencePassed(), new FinalDraftCirculated(DOCUMENT, DraftLabel.finalDraft(1), "OP1 Agreed",
                        List.of("OP1"), day(35)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anInputWindowClosesByItselfAtItsDeadline() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), appointed())
                .andGivenCommands(by(CO_FACILITATOR, new CirculateZeroDraft(DOCUMENT, "OP1 Decides",
                        newYorkDeadline(IN_TWO_HOURS), null)))
                .whenTimeElapses(Duration.ofHours(3))
                .expectTriggeredDeadlinesWithName(INPUT_WINDOW_DEADLINE)
                .expectEvents(new InputWindowClosed(DOCUMENT, DraftLabel.ZERO, IN_TWO_HOURS))
                .expectNoScheduledDeadlines();
    }

    @Test
    void extendingAnInputWindowMovesItsDeadline() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), appointed())
                .andGivenCommands(by(CO_FACILITATOR, new CirculateZeroDraft(DOCUMENT, "OP1 Decides",
                        newYorkDeadline(IN_TWO_HOURS), null)))
                .when(new ExtendInputWindow(DOCUMENT, newYorkDeadline(IN_FIVE_HOURS), null), as(CO_FACILITATOR))
                .expectScheduledDeadlineWithName(IN_FIVE_HOURS, INPUT_WINDOW_DEADLINE)
                .expectNoScheduledDeadlineWithName(IN_TWO_HOURS, INPUT_WINDOW_DEADLINE);
    }
}
