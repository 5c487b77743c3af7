package org.draftline.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.InputWindowClosed;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.SilenceExtended;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.silence.BreakSilence;
import org.draftline.api.silence.ConcludeSilence;
import org.draftline.api.silence.ExtendSilence;
import org.draftline.api.silence.SilenceOutcome;
import org.draftline.api.silence.StartSilence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.draftline.api.rules.NegotiationRule.*;
import static org.draftline.command.document.Negotiation.*;

class SilenceProcedureTest {

    private AggregateTestFixture<NegotiatedDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static BreakSilence mexicoBreaks(Instant at) {
        return new BreakSilence(DOCUMENT, MEXICO, null, "OP1 must mention victims", List.of(), at);
    }

    @Test
    void canStartSilenceOnARevisedDraft() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1())
                .when(new StartSilence(DOCUMENT, newYorkDeadline(day(33)), day(31)), as(CO_FACILITATOR))
                .expectEvents(silenceOnRev1());
    }

    @Test
    void canStartSilenceOnTheFinalDraft() {
        fixture.given(registered(), appointed(), zeroDraft(), finalDraft(day(20)))
                .when(new StartSilence(DOCUMENT, newYorkDeadline(day(23)), day(21)), as(CO_FACILITATOR))
                .expectEvents(new SilenceStarted(DOCUMENT, 1, DraftLabel.finalDraft(1), newYorkDeadline(day(23)),
                        day(21)));
    }

    @Test
    void cannotStartSilenceOnTheZeroDraft() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(new StartSilence(DOCUMENT, newYorkDeadline(day(13)), day(11)), as(CO_FACILITATOR))
                .expectException(violates(SILENCE_ON_ZERO_DRAFT))
                .expectNoEvents();
    }

    @Test
    void cannotStartSilenceBeforeAnyDraft() {
        fixture.given(registered(), appointed())
                .when(new StartSilence(DOCUMENT, newYorkDeadline(day(13)), day(11)), as(CO_FACILITATOR))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void cannotStartASecondSilenceWhileOneRuns() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new StartSilence(DOCUMENT, newYorkDeadline(day(34)), day(32)), as(CO_FACILITATOR))
                .expectException(violates(SILENCE_RUNNING))
                .expectNoEvents();
    }

    @Test
    void cannotStartSilenceUnlessCoFacilitator() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1())
                .when(new StartSilence(DOCUMENT, newYorkDeadline(day(33)), day(31)), as(SECRETARIAT))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void cannotStartSilenceWithADeadlineBeforeItStarts() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1())
                .when(new StartSilence(DOCUMENT, newYorkDeadline(day(31)), day(31)), as(CO_FACILITATOR))
                .expectException(violates(DEADLINE_NOT_AFTER_START))
                .expectNoEvents();
    }

    @Test
    void cannotStartSilenceOnAnAgreedText() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), silencePassed())
                .when(new StartSilence(DOCUMENT, newYorkDeadline(day(36)), day(34)), as(CO_FACILITATOR))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void startingSilenceClosesTheWindowForInput() {
        InputWindowOpened window = new InputWindowOpened(DOCUMENT, DraftLabel.revision(1), newYorkDeadline(day(40)),
                day(30));
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), window)
                .when(new StartSilence(DOCUMENT, newYorkDeadline(day(33)), day(31)), as(CO_FACILITATOR))
                .expectEvents(new InputWindowClosed(DOCUMENT, DraftLabel.revision(1), day(31)), silenceOnRev1());
    }

    @Test
    void canExtendSilence() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new ExtendSilence(DOCUMENT, newYorkDeadline(day(35)), day(32)), as(OTHER_CO_FACILITATOR))
                .expectEvents(new SilenceExtended(DOCUMENT, 1, newYorkDeadline(day(33)), newYorkDeadline(day(35)),
                        day(32)));
    }

    @Test
    void cannotExtendSilenceToAnEarlierDeadline() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new ExtendSilence(DOCUMENT, newYorkDeadline(day(33)), day(32)), as(CO_FACILITATOR))
                .expectException(violates(DEADLINE_NOT_LATER))
                .expectNoEvents();
    }

    @Test
    void cannotExtendSilenceAfterItsDeadline() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new ExtendSilence(DOCUMENT, newYorkDeadline(day(36)), day(34)), as(CO_FACILITATOR))
                .expectException(violates(DEADLINE_PASSED))
                .expectNoEvents();
    }

    @Test
    void cannotExtendSilenceWhenNoneRuns() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1())
                .when(new ExtendSilence(DOCUMENT, newYorkDeadline(day(36)), day(32)), as(CO_FACILITATOR))
                .expectException(violates(SILENCE_NOT_RUNNING))
                .expectNoEvents();
    }

    @Test
    void cannotExtendSilenceUnlessCoFacilitator() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new ExtendSilence(DOCUMENT, newYorkDeadline(day(35)), day(32)), as(MEXICO_DELEGATE))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void canBreakSilence() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(mexicoBreaks(day(32)), as(MEXICO_DELEGATE))
                .expectEvents(mexicoBreaksSilence());
    }

    @Test
    void canBreakSilenceWithProposalsOnBehalfOfAGroup() {
        List<Proposal> proposals = List.of(new Proposal("OP3", ProposalAction.AMEND, "... including migrants"));
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new BreakSilence(DOCUMENT, ECUADOR, G77, "OP3 omits migrants", proposals, day(32)),
                        as(ECUADOR_DELEGATE))
                .expectEvents(new SilenceBroken(DOCUMENT, 1, ECUADOR, G77, "OP3 omits migrants", proposals, day(32)));
    }

    @Test
    void severalDelegationsCanBreakTheSameSilence() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), mexicoBreaksSilence())
                .when(new BreakSilence(DOCUMENT, ECUADOR, null, "We object too", List.of(), day(32).plusSeconds(60)),
                        as(ECUADOR_DELEGATE))
                .expectEvents(new SilenceBroken(DOCUMENT, 1, ECUADOR, null, "We object too", List.of(),
                        day(32).plusSeconds(60)));
    }

    @Test
    void cannotBreakTheSameSilenceTwice() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), mexicoBreaksSilence())
                .when(mexicoBreaks(day(32).plusSeconds(60)), as(MEXICO_DELEGATE))
                .expectException(violates(ALREADY_BROKE_SILENCE))
                .expectNoEvents();
    }

    @Test
    void cannotBreakSilenceAfterTheDeadline() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(mexicoBreaks(day(33)), as(MEXICO_DELEGATE))
                .expectException(violates(DEADLINE_PASSED))
                .expectNoEvents();
    }

    @Test
    void cannotBreakSilenceUndatedOnceItsDeadlineHasPassed() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(mexicoBreaks(null), as(MEXICO_DELEGATE))
                .expectException(violates(DEADLINE_PASSED))
                .expectNoEvents();
    }

    @Test
    void cannotBreakSilenceWhenNoneRuns() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1())
                .when(mexicoBreaks(day(32)), as(MEXICO_DELEGATE))
                .expectException(violates(SILENCE_NOT_RUNNING))
                .expectNoEvents();
    }

    @Test
    void cannotBreakSilenceAfterItsDeadlineConcludedIt() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), silencePassed())
                .when(mexicoBreaks(day(34)), as(MEXICO_DELEGATE))
                .expectException(violates(DEADLINE_PASSED))
                .expectNoEvents();
    }

    @Test
    void cannotBreakASilenceAlreadyConcludedByARevision() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), mexicoBreaksSilence(),
                        new SilenceConcluded(DOCUMENT, 1, SilenceOutcome.BROKEN, List.of(MEXICO), day(32).plusSeconds(60)),
                        new org.draftline.api.document.DocumentEvent.RevisedDraftCirculated(DOCUMENT,
                                DraftLabel.revision(2), 2, "Rev.2", List.of("PP1"), day(32).plusSeconds(60)))
                .when(new BreakSilence(DOCUMENT, ECUADOR, null, "Too", List.of(), day(32).plusSeconds(120)),
                        as(ECUADOR_DELEGATE))
                .expectException(violates(SILENCE_NOT_RUNNING))
                .expectNoEvents();
    }

    @Test
    void cannotBreakSilenceInAnotherDelegationsName() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(mexicoBreaks(day(32)), as(ECUADOR_DELEGATE))
                .expectException(violates(NOT_YOUR_DELEGATION))
                .expectNoEvents();
    }

    @Test
    void cannotBreakSilenceAsSecretariat() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(mexicoBreaks(day(32)), as(SECRETARIAT))
                .expectException(violates(NOT_A_DELEGATE))
                .expectNoEvents();
    }

    @Test
    void cannotBreakSilenceOnBehalfOfAState() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new BreakSilence(DOCUMENT, ECUADOR, MEXICO, "For Mexico", List.of(), day(32)),
                        as(ECUADOR_DELEGATE))
                .expectException(violates(NOT_A_GROUP))
                .expectNoEvents();
    }

    @Test
    void coFacilitatorsCannotBreakTheirOwnSilence() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new BreakSilence(DOCUMENT, BELGIUM, null, "Second thoughts", List.of(), day(32)),
                        as(CO_FACILITATOR))
                .expectException(violates(CO_FACILITATOR_CANNOT_BREAK_SILENCE))
                .expectNoEvents();
    }

    @Test
    void silencePassesAtItsDeadlineWhenNobodyBrokeIt() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new ConcludeSilence(DOCUMENT, 1), as(Actor.SYSTEM))
                .expectEvents(silencePassed());
    }

    @Test
    void aBrokenSilenceConcludesNamingWhoBrokeIt() {
        SilenceBroken ecuadorBreaks = new SilenceBroken(DOCUMENT, 1, ECUADOR, G77, "OP3", List.of(),
                day(32).plusSeconds(60));
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), mexicoBreaksSilence(),
                        ecuadorBreaks)
                .when(new ConcludeSilence(DOCUMENT, 1), as(Actor.SYSTEM))
                .expectEvents(new SilenceConcluded(DOCUMENT, 1, SilenceOutcome.BROKEN, List.of(MEXICO, ECUADOR),
                        day(33)));
    }

    @Test
    void cannotConcludeSilenceBeforeItsDeadline() {
        SilenceStarted runningNow = new SilenceStarted(DOCUMENT, 1, DraftLabel.revision(1),
                newYorkDeadline(NOW.plusSeconds(3600)), day(31));
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), runningNow)
                .when(new ConcludeSilence(DOCUMENT, 1), as(Actor.SYSTEM))
                .expectException(violates(DEADLINE_NOT_REACHED))
                .expectNoEvents();
    }

    @Test
    void aStaleDeadlineOfAnEarlierProcedureChangesNothing() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), silencePassed())
                .when(new ConcludeSilence(DOCUMENT, 1), as(Actor.SYSTEM))
                .expectException(violates(SILENCE_NOT_RUNNING))
                .expectNoEvents();
    }

    @Test
    void theNextActAfterTheDeadlineRecordsTheConclusionFirst() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new CirculateFinalDraft(DOCUMENT, "Agreed text", day(35)), as(CO_FACILITATOR))
                .expectEvents(silencePassed(),
                        new FinalDraftCirculated(DOCUMENT, DraftLabel.finalDraft(1), "Agreed text", List.of("PP1"),
                                day(35)));
    }

    @Test
    void aRefusedActAfterTheDeadlineRecordsNoConclusionEither() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new CirculateRevisedDraft(DOCUMENT, "Rev.2", null, day(35)), as(CO_FACILITATOR))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void aNewSilenceAfterABrokenOneIsNumberedNext() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), mexicoBreaksSilence(),
                        silenceBrokenByMexico(),
                        new org.draftline.api.document.DocumentEvent.RevisedDraftCirculated(DOCUMENT,
                                DraftLabel.revision(2), 2, "Rev.2", List.of("PP1"), day(34)))
                .when(new StartSilence(DOCUMENT, newYorkDeadline(day(37)), day(35)), as(CO_FACILITATOR))
                .expectEvents(new SilenceStarted(DOCUMENT, 2, DraftLabel.revision(2), newYorkDeadline(day(37)),
                        day(35)));
    }

    @Test
    void cannotBreakSilenceWithAProposalOnAParagraphTheTextDoesNotHave() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new BreakSilence(DOCUMENT, MEXICO, null, "OP9", List.of(new Proposal("OP9", ProposalAction.DELETE,
                        null)), day(32)), as(MEXICO_DELEGATE))
                .expectException(violates(UNKNOWN_PARAGRAPH))
                .expectNoEvents();
    }
}
