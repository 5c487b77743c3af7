package org.draftline.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.InputWindowClosed;
import org.draftline.api.document.DocumentEvent.InputWindowExtended;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.InputWindowReopened;
import org.draftline.api.document.DocumentEvent.MeetingRecorded;
import org.draftline.api.draft.CloseInputWindow;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.ExtendInputWindow;
import org.draftline.api.draft.OpenInputWindow;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.actor.Actor;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.RecordMeeting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.draftline.api.rules.NegotiationRule.*;
import static org.draftline.command.document.Negotiation.*;

class MemberStateInputTest {

    private static final List<Proposal> MEXICO_PROPOSALS = List.of(
            new Proposal("OP5", ProposalAction.AMEND, "Calls upon Member States to protect victims"),
            new Proposal("PP2", ProposalAction.INSERT_AFTER, "Recognizing the role of civil society"),
            new Proposal("OP7", ProposalAction.DELETE, null));

    private AggregateTestFixture<NegotiatedDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static SubmitInput mexicoInput(DraftLabel onDraft, java.time.Instant at) {
        return new SubmitInput(DOCUMENT, onDraft, MEXICO, null, "General comments", MEXICO_PROPOSALS, at);
    }

    @Test
    void canSubmitInputOnTheZeroDraft() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(mexicoInput(DraftLabel.ZERO, day(12)), as(MEXICO_DELEGATE))
                .expectEvents(new InputSubmitted(DOCUMENT, DraftLabel.ZERO, MEXICO, null, "General comments",
                        MEXICO_PROPOSALS, day(12)));
    }

    @Test
    void canSubmitInputWithoutAWindowHavingBeenOpened() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(mexicoInput(DraftLabel.ZERO, day(12)), as(MEXICO_DELEGATE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InputSubmitted(DOCUMENT, DraftLabel.ZERO, MEXICO, null, "General comments",
                        MEXICO_PROPOSALS, day(12)));
    }

    @Test
    void canSpeakOnBehalfOfAGroup() {
        SubmitInput groupStatement = new SubmitInput(DOCUMENT, DraftLabel.ZERO, ECUADOR, G77,
                "On behalf of the Group of 77 and China", List.of(), day(12));
        fixture.given(registered(), appointed(), zeroDraft())
                .when(groupStatement, as(ECUADOR_DELEGATE))
                .expectEvents(new InputSubmitted(DOCUMENT, DraftLabel.ZERO, ECUADOR, G77,
                        "On behalf of the Group of 77 and China", List.of(), day(12)));
    }

    @Test
    void cannotSpeakOnBehalfOfAState() {
        SubmitInput statement = new SubmitInput(DOCUMENT, DraftLabel.ZERO, ECUADOR, MEXICO, "For Mexico", List.of(),
                day(12));
        fixture.given(registered(), appointed(), zeroDraft())
                .when(statement, as(ECUADOR_DELEGATE))
                .expectException(violates(NOT_A_GROUP))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitInputInAnotherDelegationsName() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(mexicoInput(DraftLabel.ZERO, day(12)), as(ECUADOR_DELEGATE))
                .expectException(violates(NOT_YOUR_DELEGATION))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitInputUnlessDelegate() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(mexicoInput(DraftLabel.ZERO, day(12)), as(SECRETARIAT))
                .expectException(violates(NOT_A_DELEGATE))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitInputAsAnObserver() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(mexicoInput(DraftLabel.ZERO, day(12)), as(OBSERVER))
                .expectException(violates(NOT_A_DELEGATE))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitInputOnADraftNeverCirculated() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(mexicoInput(DraftLabel.revision(3), day(12)), as(MEXICO_DELEGATE))
                .expectException(violates(UNKNOWN_DRAFT))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitInputOnASupersededDraft() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1())
                .when(mexicoInput(DraftLabel.ZERO, day(31)), as(MEXICO_DELEGATE))
                .expectException(violates(DRAFT_SUPERSEDED))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitInputAfterTheWindowsDeadline() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(mexicoInput(DraftLabel.ZERO, day(21)), as(MEXICO_DELEGATE))
                .expectException(violates(DEADLINE_PASSED))
                .expectNoEvents();
    }

    @Test
    void lateRecordingOfTimelyInputIsAccepted() {
        // recorded in 2026, but dated before the 2017 deadline: lateness is judged by the real-world time
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(mexicoInput(DraftLabel.ZERO, day(19)), as(MEXICO_DELEGATE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotSubmitInputOnAClosedWindow() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft(),
                        new InputWindowClosed(DOCUMENT, DraftLabel.ZERO, day(15)))
                .when(mexicoInput(DraftLabel.ZERO, day(16)), as(MEXICO_DELEGATE))
                .expectException(violates(INPUT_WINDOW_CLOSED))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitInputOnTheFinalDraft() {
        fixture.given(registered(), appointed(), zeroDraft(), finalDraft(day(20)))
                .when(mexicoInput(DraftLabel.finalDraft(1), day(21)), as(MEXICO_DELEGATE))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitInputOnATextUnderSilence() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(mexicoInput(DraftLabel.revision(1), day(32)), as(MEXICO_DELEGATE))
                .expectException(violates(SILENCE_RUNNING))
                .expectNoEvents();
    }

    @Test
    void canOpenAWindowForInputOnTheCurrentDraft() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1())
                .when(new OpenInputWindow(DOCUMENT, newYorkDeadline(day(35)), day(30)), as(CO_FACILITATOR))
                .expectEvents(new InputWindowOpened(DOCUMENT, DraftLabel.revision(1), newYorkDeadline(day(35)),
                        day(30)));
    }

    @Test
    void cannotOpenAWindowUnlessCoFacilitator() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(new OpenInputWindow(DOCUMENT, newYorkDeadline(day(35)), day(30)), as(MEXICO_DELEGATE))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void cannotOpenAWindowBeforeAnyDraft() {
        fixture.given(registered(), appointed())
                .when(new OpenInputWindow(DOCUMENT, newYorkDeadline(day(35)), day(30)), as(CO_FACILITATOR))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void cannotOpenASecondWindowWhileOneIsOpen() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(new OpenInputWindow(DOCUMENT, newYorkDeadline(day(25)), day(12)), as(CO_FACILITATOR))
                .expectException(violates(INPUT_WINDOW_ALREADY_OPEN))
                .expectNoEvents();
    }

    @Test
    void canReopenAClosedWindow() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft(),
                        new InputWindowClosed(DOCUMENT, DraftLabel.ZERO, day(20)))
                .when(new OpenInputWindow(DOCUMENT, newYorkDeadline(day(25)), day(22)), as(CO_FACILITATOR))
                .expectEvents(new InputWindowReopened(DOCUMENT, DraftLabel.ZERO, newYorkDeadline(day(25)), day(22)));
    }

    @Test
    void reopeningAfterTheDeadlineRecordsTheClosingFirst() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(new OpenInputWindow(DOCUMENT, newYorkDeadline(day(25)), day(22)), as(CO_FACILITATOR))
                .expectEvents(new InputWindowClosed(DOCUMENT, DraftLabel.ZERO, day(20)),
                        new InputWindowReopened(DOCUMENT, DraftLabel.ZERO, newYorkDeadline(day(25)), day(22)));
    }

    @Test
    void canExtendTheWindow() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(new ExtendInputWindow(DOCUMENT, newYorkDeadline(day(24)), day(18)), as(CO_FACILITATOR))
                .expectEvents(new InputWindowExtended(DOCUMENT, DraftLabel.ZERO, newYorkDeadline(day(20)),
                        newYorkDeadline(day(24)), day(18)));
    }

    @Test
    void cannotExtendTheWindowToAnEarlierDeadline() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(new ExtendInputWindow(DOCUMENT, newYorkDeadline(day(19)), day(18)), as(CO_FACILITATOR))
                .expectException(violates(DEADLINE_NOT_LATER))
                .expectNoEvents();
    }

    @Test
    void cannotExtendAWindowThatIsNotOpen() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(new ExtendInputWindow(DOCUMENT, newYorkDeadline(day(24)), day(18)), as(CO_FACILITATOR))
                .expectException(violates(INPUT_WINDOW_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void cannotExtendTheWindowAfterItsDeadline() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(new ExtendInputWindow(DOCUMENT, newYorkDeadline(day(24)), day(21)), as(CO_FACILITATOR))
                .expectException(violates(INPUT_WINDOW_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void canCloseTheWindowEarly() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(new CloseInputWindow(DOCUMENT, day(15)), as(CO_FACILITATOR))
                .expectEvents(new InputWindowClosed(DOCUMENT, DraftLabel.ZERO, day(15)));
    }

    @Test
    void cannotCloseTheWindowUnlessCoFacilitator() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(new CloseInputWindow(DOCUMENT, day(15)), as(MEXICO_DELEGATE))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void draftlineClosesTheWindowAtItsDeadline() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(new CloseInputWindow(DOCUMENT, null), as(Actor.SYSTEM))
                .expectEvents(new InputWindowClosed(DOCUMENT, DraftLabel.ZERO, day(20)));
    }

    @Test
    void draftlineCannotCloseTheWindowBeforeItsDeadline() {
        fixture.given(registered(), appointed(), zeroDraft(),
                        new InputWindowOpened(DOCUMENT, DraftLabel.ZERO, newYorkDeadline(NOW.plusSeconds(3600)), day(10)))
                .when(new CloseInputWindow(DOCUMENT, null), as(Actor.SYSTEM))
                .expectException(violates(DEADLINE_NOT_REACHED))
                .expectNoEvents();
    }

    @Test
    void aLaterActRecordsTheWindowsClosingFirst() {
        fixture.given(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft())
                .when(new RecordMeeting(DOCUMENT, MeetingKind.READING, "First reading", LocalDate.of(2017, 3, 25), null,
                        day(24)), as(CO_FACILITATOR))
                .expectEvents(new InputWindowClosed(DOCUMENT, DraftLabel.ZERO, day(20)),
                        new MeetingRecorded(DOCUMENT, MeetingKind.READING, "First reading", LocalDate.of(2017, 3, 25),
                                null, day(24)));
    }

    @Test
    void cannotProposeOnAParagraphTheDraftDoesNotHave() {
        SubmitInput input = new SubmitInput(DOCUMENT, DraftLabel.ZERO, MEXICO, null, null,
                List.of(new Proposal("OP12", ProposalAction.AMEND, "New wording")), day(12));
        fixture.given(registered(), appointed(), zeroDraft())
                .when(input, as(MEXICO_DELEGATE))
                .expectException(violates(UNKNOWN_PARAGRAPH))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("OP12"))
                .expectNoEvents();
    }

    @Test
    void canProposeOnASubParagraph() {
        String text = "The General Assembly,\n\nRecalling its resolution 64/293,\n\n1. Decides:\n(a) To convene a meeting;"
                + "\n(b) To hear civil society;";
        SubmitInput input = new SubmitInput(DOCUMENT, DraftLabel.ZERO, MEXICO, null, null,
                List.of(new Proposal("op1(B)", ProposalAction.DELETE, null)), day(12));
        fixture.given(registered(), appointed(),
                        new org.draftline.api.document.DocumentEvent.ZeroDraftCirculated(DOCUMENT, DraftLabel.ZERO, text,
                                List.of("PP1", "OP1", "OP1(a)", "OP1(b)"), day(10)))
                .when(input, as(MEXICO_DELEGATE))
                .expectEvents(new InputSubmitted(DOCUMENT, DraftLabel.ZERO, MEXICO, null, null,
                        List.of(new Proposal("OP1(b)", ProposalAction.DELETE, null)), day(12)));
    }
}
