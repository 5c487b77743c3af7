package org.draftline.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsAppointed;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsReplaced;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.document.DocumentEvent.DocumentWithdrawn;
import org.draftline.api.document.DocumentEvent.MeetingRecorded;
import org.draftline.api.document.DocumentEvent.SupportingDocumentPublished;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.document.ReplaceCoFacilitators;
import org.draftline.api.document.WithdrawDocument;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.PublishSupportingDocument;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.draftline.api.rules.NegotiationRule.*;
import static org.draftline.command.document.Negotiation.*;

class RegistrationAndAppointmentTest {

    private AggregateTestFixture<NegotiatedDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static RegisterDocument register() {
        return new RegisterDocument(DOCUMENT, "Political declaration on the Global Plan of Action",
                DocumentKind.DECLARATION, "General Assembly", "71", "GA resolution 71/287", REGISTERED_AT);
    }

    @Test
    void canRegisterADocument() {
        fixture.givenNoPriorActivity()
                .when(register(), as(SECRETARIAT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void cannotRegisterUnlessSecretariat() {
        fixture.givenNoPriorActivity()
                .when(register(), as(CO_FACILITATOR))
                .expectException(violates(NOT_SECRETARIAT))
                .expectNoEvents();
    }

    @Test
    void registrationWithoutADateIsDatedNow() {
        RegisterDocument undated = new RegisterDocument(DOCUMENT, "Title", DocumentKind.RESOLUTION,
                "General Assembly", null, null, null);
        fixture.givenNoPriorActivity()
                .when(undated, as(SECRETARIAT))
                .expectEvents(new DocumentRegistered(DOCUMENT, "Title", DocumentKind.RESOLUTION, "General Assembly",
                        null, null, NOW));
    }

    @Test
    void cannotRecordAnActDatedInTheFuture() {
        RegisterDocument future = new RegisterDocument(DOCUMENT, "Title", DocumentKind.RESOLUTION,
                "General Assembly", null, null, NOW.plus(NegotiatedDocument.CLOCK_SKEW).plusSeconds(1));
        fixture.givenNoPriorActivity()
                .when(future, as(SECRETARIAT))
                .expectException(violates(OCCURRED_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void anActDatedWithinTheClockSkewIsRecordedAtItsReceipt() {
        RegisterDocument slightlyAhead = new RegisterDocument(DOCUMENT, "Title", DocumentKind.RESOLUTION,
                "General Assembly", null, null, NOW.plusSeconds(60));
        fixture.givenNoPriorActivity()
                .when(slightlyAhead, as(SECRETARIAT))
                .expectEvents(new DocumentRegistered(DOCUMENT, "Title", DocumentKind.RESOLUTION, "General Assembly",
                        null, null, NOW));
    }

    @Test
    void cannotRecordAnActBeforeTheLastStepOnRecord() {
        fixture.given(registered(), appointed())
                .when(new RecordMeeting(DOCUMENT, MeetingKind.INFORMAL_MEETING, "First informal meeting",
                        LocalDate.of(2017, 3, 1), null, REGISTERED_AT), as(CO_FACILITATOR))
                .expectException(violates(OCCURRED_BEFORE_LAST_STEP))
                .expectNoEvents();
    }

    @Test
    void canAppointCoFacilitators() {
        fixture.given(registered())
                .when(new AppointCoFacilitators(DOCUMENT, CO_FACILITATORS, "Letter of the President", day(1)),
                        as(SECRETARIAT))
                .expectEvents(appointed());
    }

    @Test
    void cannotAppointCoFacilitatorsUnlessSecretariat() {
        fixture.given(registered())
                .when(new AppointCoFacilitators(DOCUMENT, CO_FACILITATORS, null, day(1)), as(MEXICO_DELEGATE))
                .expectException(violates(NOT_SECRETARIAT))
                .expectNoEvents();
    }

    @Test
    void cannotAppointCoFacilitatorsTwice() {
        fixture.given(registered(), appointed())
                .when(new AppointCoFacilitators(DOCUMENT, CO_FACILITATORS, null, day(2)), as(SECRETARIAT))
                .expectException(violates(CO_FACILITATORS_ALREADY_APPOINTED))
                .expectNoEvents();
    }

    @Test
    void canReplaceCoFacilitators() {
        List<CoFacilitator> replacement = List.of(CO_FACILITATORS.get(0), new CoFacilitator(MEXICO, null));
        fixture.given(registered(), appointed())
                .when(new ReplaceCoFacilitators(DOCUMENT, replacement, "Second letter", day(5)), as(SECRETARIAT))
                .expectEvents(new CoFacilitatorsReplaced(DOCUMENT, CO_FACILITATORS, replacement, "Second letter",
                        day(5)));
    }

    @Test
    void aReplacedCoFacilitatorCanNoLongerAct() {
        List<CoFacilitator> replacement = List.of(new CoFacilitator(MEXICO, null));
        fixture.given(registered(), appointed(),
                        new CoFacilitatorsReplaced(DOCUMENT, CO_FACILITATORS, replacement, null, day(5)))
                .when(new CirculateZeroDraft(DOCUMENT, "OP1 ...", null, day(6)), as(CO_FACILITATOR))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void cannotReplaceCoFacilitatorsBeforeAnyAreAppointed() {
        fixture.given(registered())
                .when(new ReplaceCoFacilitators(DOCUMENT, CO_FACILITATORS, null, day(1)), as(SECRETARIAT))
                .expectException(violates(NO_CO_FACILITATORS))
                .expectNoEvents();
    }

    @Test
    void cannotReplaceCoFacilitatorsWithThemselves() {
        fixture.given(registered(), appointed())
                .when(new ReplaceCoFacilitators(DOCUMENT, CO_FACILITATORS, null, day(2)), as(SECRETARIAT))
                .expectException(violates(SAME_CO_FACILITATORS))
                .expectNoEvents();
    }

    @Test
    void cannotReplaceCoFacilitatorsUnlessSecretariat() {
        fixture.given(registered(), appointed())
                .when(new ReplaceCoFacilitators(DOCUMENT, List.of(new CoFacilitator(MEXICO, null)), null, day(2)),
                        as(CO_FACILITATOR))
                .expectException(violates(NOT_SECRETARIAT))
                .expectNoEvents();
    }

    @Test
    void canRecordAMeeting() {
        fixture.given(registered(), appointed())
                .when(new RecordMeeting(DOCUMENT, MeetingKind.INFORMAL_MEETING, "First informal meeting",
                        LocalDate.of(2017, 3, 6), "Exchange of views", day(5)), as(CO_FACILITATOR))
                .expectEvents(new MeetingRecorded(DOCUMENT, MeetingKind.INFORMAL_MEETING, "First informal meeting",
                        LocalDate.of(2017, 3, 6), "Exchange of views", day(5)));
    }

    @Test
    void cannotRecordAMeetingUnlessCoFacilitator() {
        fixture.given(registered(), appointed())
                .when(new RecordMeeting(DOCUMENT, MeetingKind.BRIEFING, "Briefing", LocalDate.of(2017, 3, 6), null,
                        day(5)), as(SECRETARIAT))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void canPublishASupportingDocumentAsSecretariat() {
        fixture.given(registered())
                .when(new PublishSupportingDocument(DOCUMENT, SupportingDocumentKind.ANNOUNCEMENT,
                        "Announcement: multi-stakeholder hearing", "https://www.un.org/pga/71/", day(2)),
                        as(SECRETARIAT))
                .expectEvents(new SupportingDocumentPublished(DOCUMENT, SupportingDocumentKind.ANNOUNCEMENT,
                        "Announcement: multi-stakeholder hearing", "https://www.un.org/pga/71/", day(2)));
    }

    @Test
    void canPublishASupportingDocumentAsCoFacilitator() {
        fixture.given(registered(), appointed())
                .when(new PublishSupportingDocument(DOCUMENT, SupportingDocumentKind.CONCEPT_NOTE, "Concept note",
                        null, day(2)), as(OTHER_CO_FACILITATOR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SupportingDocumentPublished(DOCUMENT, SupportingDocumentKind.CONCEPT_NOTE,
                        "Concept note", null, day(2)));
    }

    @Test
    void cannotPublishASupportingDocumentAsAnotherDelegation() {
        fixture.given(registered(), appointed())
                .when(new PublishSupportingDocument(DOCUMENT, SupportingDocumentKind.OTHER, "Non-paper", null, day(2)),
                        as(MEXICO_DELEGATE))
                .expectException(violates(NOT_SECRETARIAT_OR_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void canWithdrawADocument() {
        fixture.given(registered(), appointed())
                .when(new WithdrawDocument(DOCUMENT, "Merged into another text", day(3)), as(SECRETARIAT))
                .expectEvents(new DocumentWithdrawn(DOCUMENT, "Merged into another text", day(3)));
    }

    @Test
    void cannotWithdrawADocumentAsAnObserver() {
        fixture.given(registered(), appointed())
                .when(new WithdrawDocument(DOCUMENT, "No reason", day(3)), as(OBSERVER))
                .expectException(violates(NOT_SECRETARIAT_OR_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void nothingHappensAfterWithdrawal() {
        fixture.given(registered(), appointed(), new DocumentWithdrawn(DOCUMENT, "Merged", day(3)))
                .when(new CirculateZeroDraft(DOCUMENT, "OP1 ...", null, day(4)), as(CO_FACILITATOR))
                .expectException(violates(DOCUMENT_WITHDRAWN))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawTwice() {
        fixture.given(registered(), new DocumentWithdrawn(DOCUMENT, "Merged", day(3)))
                .when(new WithdrawDocument(DOCUMENT, "Again", day(4)), as(SECRETARIAT))
                .expectException(violates(DOCUMENT_WITHDRAWN))
                .expectNoEvents();
    }

    @Test
    void appointmentIsRecordedAfterRegistrationEvenIfNotDated() {
        fixture.given(registered())
                .when(new AppointCoFacilitators(DOCUMENT, CO_FACILITATORS, null, null), as(SECRETARIAT))
                .expectEvents(new CoFacilitatorsAppointed(DOCUMENT, CO_FACILITATORS, null, NOW));
    }
}
