package org.draftline.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.InputWindowClosed;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.RevisedDraftCirculated;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.ZeroDraftCirculated;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.silence.SilenceOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.draftline.api.rules.NegotiationRule.*;
import static org.draftline.command.document.Negotiation.*;

class DraftCirculationTest {

    private AggregateTestFixture<NegotiatedDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void canCirculateTheZeroDraft() {
        fixture.given(registered(), appointed())
                .when(new CirculateZeroDraft(DOCUMENT, TEXT, null, day(10)), as(CO_FACILITATOR))
                .expectEvents(new ZeroDraftCirculated(DOCUMENT, DraftLabel.ZERO, TEXT, PARAGRAPHS, day(10)));
    }

    @Test
    void canCirculateTheZeroDraftWithAWindowForInput() {
        fixture.given(registered(), appointed())
                .when(new CirculateZeroDraft(DOCUMENT, TEXT, newYorkDeadline(day(20)), day(10)), as(CO_FACILITATOR))
                .expectEvents(new ZeroDraftCirculated(DOCUMENT, DraftLabel.ZERO, TEXT, PARAGRAPHS, day(10)),
                        inputWindowOnZeroDraft());
    }

    @Test
    void aCommandAnswersWithTheDocumentsSequenceAfterIt() {
        fixture.given(registered(), appointed())
                .when(new CirculateZeroDraft(DOCUMENT, TEXT, newYorkDeadline(day(20)), day(10)), as(CO_FACILITATOR))
                .expectResultMessagePayload(3L);
    }

    @Test
    void cannotCirculateTheZeroDraftUnlessCoFacilitator() {
        fixture.given(registered(), appointed())
                .when(new CirculateZeroDraft(DOCUMENT, TEXT, null, day(10)), as(MEXICO_DELEGATE))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void cannotCirculateTheZeroDraftAsSecretariat() {
        fixture.given(registered(), appointed())
                .when(new CirculateZeroDraft(DOCUMENT, TEXT, null, day(10)), as(SECRETARIAT))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void cannotCirculateADraftBeforeCoFacilitatorsAreAppointed() {
        fixture.given(registered())
                .when(new CirculateZeroDraft(DOCUMENT, TEXT, null, day(10)), as(CO_FACILITATOR))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void cannotCirculateTheZeroDraftTwice() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(new CirculateZeroDraft(DOCUMENT, TEXT, null, day(11)), as(CO_FACILITATOR))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void cannotOpenAWindowForInputThatEndsBeforeTheDraftIsOut() {
        fixture.given(registered(), appointed())
                .when(new CirculateZeroDraft(DOCUMENT, TEXT, newYorkDeadline(day(9)), day(10)), as(CO_FACILITATOR))
                .expectException(violates(DEADLINE_NOT_AFTER_START))
                .expectNoEvents();
    }

    @Test
    void canCirculateARevisedDraft() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(new CirculateRevisedDraft(DOCUMENT, TEXT, null, day(30)), as(OTHER_CO_FACILITATOR))
                .expectEvents(rev1());
    }

    @Test
    void revisedDraftsAreNumberedInOrder() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1())
                .when(new CirculateRevisedDraft(DOCUMENT, "OP1 Rev.2 text", newYorkDeadline(day(45)), day(40)),
                        as(CO_FACILITATOR))
                .expectEvents(new RevisedDraftCirculated(DOCUMENT, DraftLabel.revision(2), 2, "OP1 Rev.2 text",
                        List.of("OP1"), day(40)),
                        new InputWindowOpened(DOCUMENT, DraftLabel.revision(2), newYorkDeadline(day(45)), day(40)));
    }

    @Test
    void aRevisedDraftClosesTheWindowOnTheDraftItSupersedes() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(new CirculateRevisedDraft(DOCUMENT, TEXT, null, day(15)), as(CO_FACILITATOR))
                .expectEvents(new InputWindowClosed(DOCUMENT, DraftLabel.ZERO, day(15)),
                        new RevisedDraftCirculated(DOCUMENT, DraftLabel.revision(1), 1, TEXT, PARAGRAPHS, day(15)));
    }

    @Test
    void cannotCirculateARevisedDraftBeforeTheZeroDraft() {
        fixture.given(registered(), appointed())
                .when(new CirculateRevisedDraft(DOCUMENT, TEXT, null, day(30)), as(CO_FACILITATOR))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void cannotReviseATextUnderSilence() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new CirculateRevisedDraft(DOCUMENT, TEXT, null, day(32)), as(CO_FACILITATOR))
                .expectException(violates(SILENCE_RUNNING))
                .expectNoEvents();
    }

    @Test
    void aRevisionAfterABreakConcludesTheBrokenSilence() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), mexicoBreaksSilence())
                .when(new CirculateRevisedDraft(DOCUMENT, "OP1 with victims", null, day(32).plusSeconds(3600)),
                        as(CO_FACILITATOR))
                .expectEvents(new SilenceConcluded(DOCUMENT, 1, SilenceOutcome.BROKEN, List.of(MEXICO),
                                day(32).plusSeconds(3600)),
                        new RevisedDraftCirculated(DOCUMENT, DraftLabel.revision(2), 2, "OP1 with victims",
                                List.of("OP1"), day(32).plusSeconds(3600)));
    }

    @Test
    void canReviseAfterABrokenSilenceConcluded() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), mexicoBreaksSilence(),
                        silenceBrokenByMexico())
                .when(new CirculateRevisedDraft(DOCUMENT, TEXT, null, day(35)), as(CO_FACILITATOR))
                .expectEvents(new RevisedDraftCirculated(DOCUMENT, DraftLabel.revision(2), 2, TEXT, PARAGRAPHS, day(35)));
    }

    @Test
    void cannotCirculateARevisedDraftOfAnAgreedText() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), silencePassed())
                .when(new CirculateRevisedDraft(DOCUMENT, TEXT, null, day(35)), as(CO_FACILITATOR))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void canCirculateTheFinalDraftAfterTheLastReading() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1())
                .when(new CirculateFinalDraft(DOCUMENT, TEXT, day(40)), as(CO_FACILITATOR))
                .expectEvents(finalDraft(day(40)));
    }

    @Test
    void canCirculateTheFinalDraftAfterSilencePassed() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), silencePassed())
                .when(new CirculateFinalDraft(DOCUMENT, TEXT, day(34)), as(CO_FACILITATOR))
                .expectEvents(finalDraft(day(34)));
    }

    @Test
    void aFinalDraftAfterABrokenSilenceOnTheFinalTextIsNumbered() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), finalDraft(day(31)),
                        new org.draftline.api.document.DocumentEvent.SilenceStarted(DOCUMENT, 1,
                                DraftLabel.finalDraft(1), newYorkDeadline(day(33)), day(31)),
                        mexicoBreaksSilence(), silenceBrokenByMexico(),
                        new RevisedDraftCirculated(DOCUMENT, DraftLabel.revision(2), 2, TEXT, PARAGRAPHS, day(34)))
                .when(new CirculateFinalDraft(DOCUMENT, TEXT, day(36)), as(CO_FACILITATOR))
                .expectEvents(new FinalDraftCirculated(DOCUMENT, DraftLabel.of("final2"), TEXT, PARAGRAPHS,
                        day(36)));
    }

    @Test
    void cannotCirculateTheFinalDraftAfterABrokenSilence() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), mexicoBreaksSilence(),
                        silenceBrokenByMexico())
                .when(new CirculateFinalDraft(DOCUMENT, TEXT, day(35)), as(CO_FACILITATOR))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void cannotCirculateTheFinalDraftUnderSilence() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new CirculateFinalDraft(DOCUMENT, TEXT, day(32)), as(CO_FACILITATOR))
                .expectException(violates(SILENCE_RUNNING))
                .expectNoEvents();
    }

    @Test
    void cannotCirculateTheFinalDraftTwice() {
        fixture.given(registered(), appointed(), zeroDraft(), finalDraft(day(20)))
                .when(new CirculateFinalDraft(DOCUMENT, TEXT, day(21)), as(CO_FACILITATOR))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void cannotCirculateTheFinalDraftUnlessCoFacilitator() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(new CirculateFinalDraft(DOCUMENT, TEXT, day(20)), as(MEXICO_DELEGATE))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }
}
