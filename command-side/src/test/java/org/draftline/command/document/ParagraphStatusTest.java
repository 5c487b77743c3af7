package org.draftline.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.ParagraphStatusRecorded;
import org.draftline.api.document.DocumentEvent.ParagraphStatusesCarriedOver;
import org.draftline.api.document.DocumentEvent.RevisedDraftCirculated;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.reading.Alternative;
import org.draftline.api.reading.CarriedStatus;
import org.draftline.api.reading.ParagraphStatus;
import org.draftline.api.reading.ReadingStatus;
import org.draftline.api.reading.RecordParagraphStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftline.api.rules.NegotiationRule.*;
import static org.draftline.command.document.Negotiation.*;

/** Readings: where each paragraph of the draft under consultation stands, and what the next version keeps. */
class ParagraphStatusTest {

    private static final Delegation EU = Delegation.of("EU");
    private static final DraftLabel REV1 = DraftLabel.revision(1);

    /** {@link Negotiation#TEXT} after a reading: PP2 dropped (PP3 becomes PP2), OP2 reworded, the rest unchanged. */
    private static final String REV1_TEXT = """
            PP1 Recalling its resolution 64/293,
            PP2 Noting the report of the Secretary-General,
            OP1 Reaffirms the Global Plan of Action;
            OP2 Decides to convene a high-level meeting in 2017;
            OP3 Invites Member States to participate;
            OP4 Requests the Secretary-General to report;
            OP5 Calls upon Member States to act;
            OP6 Encourages civil society to contribute;
            OP7 Decides to remain seized of the matter.""";
    private static final List<String> REV1_PARAGRAPHS = List.of("PP1", "PP2", "OP1", "OP2", "OP3", "OP4", "OP5",
            "OP6", "OP7");

    private static final ParagraphStatus OP1_BRACKETED = new ParagraphStatus("OP1", ReadingStatus.BRACKETED, List.of(
            new Alternative("Reaffirms its commitment to the Global Plan of Action;", List.of(MEXICO, G77)),
            new Alternative("Reaffirms and calls for the full implementation of the Global Plan of Action;",
                    List.of(EU))));

    private AggregateTestFixture<NegotiatedDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static ParagraphStatus agreed(String paragraph) {
        return new ParagraphStatus(paragraph, ReadingStatus.AGREED_AD_REF, List.of());
    }

    private static RecordParagraphStatus reading(DraftLabel draft, Instant at, ParagraphStatus... paragraphs) {
        return new RecordParagraphStatus(DOCUMENT, draft, List.of(paragraphs), at);
    }

    private static ParagraphStatusRecorded firstReading() {
        return new ParagraphStatusRecorded(DOCUMENT, DraftLabel.ZERO, List.of(agreed("PP3"), OP1_BRACKETED,
                agreed("OP2"), new ParagraphStatus("PP2", ReadingStatus.DELETED_AD_REF, List.of())), day(12));
    }

    private static RevisedDraftCirculated rev1Reworded() {
        return new RevisedDraftCirculated(DOCUMENT, REV1, 1, REV1_TEXT, REV1_PARAGRAPHS, day(30));
    }

    private static ParagraphStatusesCarriedOver carriedToRev1() {
        return new ParagraphStatusesCarriedOver(DOCUMENT, DraftLabel.ZERO, REV1, List.of(
                new CarriedStatus("PP3", agreed("PP2")), new CarriedStatus("OP1", OP1_BRACKETED)), day(30));
    }

    @Test
    void canRecordWhereParagraphsStandAfterAReading() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(reading(DraftLabel.ZERO, day(12), agreed("PP3"), OP1_BRACKETED, agreed("OP2"),
                        new ParagraphStatus("PP2", ReadingStatus.DELETED_AD_REF, List.of())), as(CO_FACILITATOR))
                .expectEvents(firstReading())
                .expectResultMessagePayload(3L);
    }

    @Test
    void aCoFacilitatorRecordsAReadingLive() {
        Actor qatarLive = Actor.delegate("qatar-pr", QATAR);
        fixture.given(registered(), appointed(), zeroDraft())
                .when(reading(DraftLabel.ZERO, null, agreed("OP3")), as(qatarLive))
                .expectEvents(new ParagraphStatusRecorded(DOCUMENT, DraftLabel.ZERO, List.of(agreed("OP3")), NOW));
    }

    @Test
    void canChangeAParagraphsStatusAtALaterReading() {
        fixture.given(registered(), appointed(), zeroDraft(), firstReading())
                .when(reading(DraftLabel.ZERO, day(14), agreed("OP1")), as(OTHER_CO_FACILITATOR))
                .expectEvents(new ParagraphStatusRecorded(DOCUMENT, DraftLabel.ZERO, List.of(agreed("OP1")), day(14)));
    }

    @Test
    void cannotRecordParagraphStatusUnlessCoFacilitator() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(reading(DraftLabel.ZERO, day(12), agreed("OP3")), as(MEXICO_DELEGATE))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void cannotRecordParagraphStatusAsSecretariatInItsOwnName() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(reading(DraftLabel.ZERO, day(12), agreed("OP3")), as(SECRETARIAT))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAReadingDatedBeforeTheLastStep() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(reading(DraftLabel.ZERO, day(9), agreed("OP3")), as(CO_FACILITATOR))
                .expectException(violates(OCCURRED_BEFORE_LAST_STEP))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAReadingOfADocumentWithoutDraft() {
        fixture.given(registered(), appointed())
                .when(reading(DraftLabel.ZERO, day(12), agreed("OP3")), as(CO_FACILITATOR))
                .expectException(violates(UNKNOWN_DRAFT))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAReadingOfASupersededDraft() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1())
                .when(reading(DraftLabel.ZERO, day(31), agreed("OP3")), as(CO_FACILITATOR))
                .expectException(violates(DRAFT_SUPERSEDED))
                .expectNoEvents();
    }

    @Test
    void cannotRecordTheStatusOfAnUnknownParagraph() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(reading(DraftLabel.ZERO, day(12), agreed("OP3"), agreed("OP12")), as(CO_FACILITATOR))
                .expectException(violates(UNKNOWN_PARAGRAPH))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAReadingOfATextUnderSilence() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(reading(REV1, day(32), agreed("OP3")), as(CO_FACILITATOR))
                .expectException(violates(SILENCE_RUNNING))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAReadingThatChangesNothing() {
        fixture.given(registered(), appointed(), zeroDraft(), firstReading())
                .when(reading(DraftLabel.ZERO, day(14), agreed("OP2"), ParagraphStatus.pending("OP5")),
                        as(CO_FACILITATOR))
                .expectException(violates(PARAGRAPH_STATUS_UNCHANGED))
                .expectNoEvents();
    }

    @Test
    void aBracketedParagraphNamesItsAlternativesAndWhoHoldsThem() {
        assertThatThrownBy(() -> new ParagraphStatus("OP1", ReadingStatus.BRACKETED, List.of()))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("paragraphs[].alternatives");
        assertThatThrownBy(() -> new Alternative("Reaffirms;", List.of()))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("supportedBy");
        assertThatThrownBy(() -> new ParagraphStatus("OP1", ReadingStatus.AGREED_AD_REF,
                List.of(new Alternative("Reaffirms;", List.of(EU)))))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("only a BRACKETED paragraph");
        assertThatThrownBy(() -> reading(DraftLabel.ZERO, day(12), agreed("OP1"), agreed("op1")))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("given twice");
    }

    @Test
    void unchangedParagraphsKeepTheirStatusInTheNextVersionUnderTheirNewLabels() {
        fixture.given(registered(), appointed(), zeroDraft(), firstReading())
                .when(new CirculateRevisedDraft(DOCUMENT, REV1_TEXT, null, day(30)), as(CO_FACILITATOR))
                .expectEvents(rev1Reworded(), carriedToRev1());
    }

    @Test
    void aRewordedParagraphIsPendingAgainInTheNextVersion() {
        fixture.given(registered(), appointed(), zeroDraft(), firstReading(), rev1Reworded(), carriedToRev1())
                .when(reading(REV1, day(31), ParagraphStatus.pending("OP2"), agreed("PP2"), OP1_BRACKETED),
                        as(CO_FACILITATOR))
                .expectException(violates(PARAGRAPH_STATUS_UNCHANGED))
                .expectNoEvents();
    }

    @Test
    void aVersionAfterAReadingThatSettledNothingCarriesNothing() {
        fixture.given(registered(), appointed(), zeroDraft())
                .when(new CirculateRevisedDraft(DOCUMENT, TEXT, null, day(30)), as(CO_FACILITATOR))
                .expectEvents(rev1());
    }

    @Test
    void theFinalDraftKeepsTheStatusesOfTheRevisionItFollows() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(),
                        new ParagraphStatusRecorded(DOCUMENT, REV1, List.of(agreed("OP7")), day(31)))
                .when(new CirculateFinalDraft(DOCUMENT, TEXT, day(35)), as(CO_FACILITATOR))
                .expectEvents(finalDraft(day(35)), new ParagraphStatusesCarriedOver(DOCUMENT, REV1,
                        DraftLabel.finalDraft(1), List.of(new CarriedStatus("OP7", agreed("OP7"))), day(35)));
    }
}
