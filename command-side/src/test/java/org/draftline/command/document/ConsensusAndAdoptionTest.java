package org.draftline.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.DeclareConsensus;
import org.draftline.api.document.DocumentEvent.ConsensusDeclared;
import org.draftline.api.document.DocumentEvent.DocumentAdopted;
import org.draftline.api.document.RecordAdoption;
import org.draftline.api.document.Votes;
import org.draftline.api.document.WithdrawDocument;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.RecordMeeting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.draftline.api.rules.NegotiationRule.*;
import static org.draftline.command.document.Negotiation.*;

class ConsensusAndAdoptionTest {

    private static final LocalDate ADOPTED_ON = LocalDate.of(2017, 4, 28);

    private AggregateTestFixture<NegotiatedDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static RecordAdoption withoutAVote(java.time.Instant at) {
        return new RecordAdoption(DOCUMENT, "A/RES/71/287", ADOPTED_ON, AdoptionMethod.WITHOUT_A_VOTE, null,
                "A/71/L.65", at);
    }

    private static DocumentAdopted adoptedWithoutAVote(java.time.Instant at) {
        return new DocumentAdopted(DOCUMENT, "A/RES/71/287", ADOPTED_ON, AdoptionMethod.WITHOUT_A_VOTE, null,
                "A/71/L.65", DraftLabel.finalDraft(1), at);
    }

    @Test
    void canDeclareConsensusOnTheFinalDraft() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), finalDraft(day(40)))
                .when(new DeclareConsensus(DOCUMENT, null, day(41)), as(CO_FACILITATOR))
                .expectEvents(consensus(day(41)));
    }

    @Test
    void canDeclareConsensusAfterSilencePassed() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), silencePassed())
                .when(new DeclareConsensus(DOCUMENT, "Transmitted to the President", day(34)), as(CO_FACILITATOR))
                .expectEvents(new ConsensusDeclared(DOCUMENT, DraftLabel.revision(1), "Transmitted to the President",
                        day(34)));
    }

    @Test
    void cannotDeclareConsensusOnARevisedDraft() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1())
                .when(new DeclareConsensus(DOCUMENT, null, day(31)), as(CO_FACILITATOR))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void cannotDeclareConsensusWhileSilenceRuns() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new DeclareConsensus(DOCUMENT, null, day(32)), as(CO_FACILITATOR))
                .expectException(violates(SILENCE_RUNNING))
                .expectNoEvents();
    }

    @Test
    void cannotDeclareConsensusAfterABrokenSilence() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1(), mexicoBreaksSilence(),
                        silenceBrokenByMexico())
                .when(new DeclareConsensus(DOCUMENT, null, day(34)), as(CO_FACILITATOR))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void cannotDeclareConsensusUnlessCoFacilitator() {
        fixture.given(registered(), appointed(), zeroDraft(), finalDraft(day(20)))
                .when(new DeclareConsensus(DOCUMENT, null, day(21)), as(MEXICO_DELEGATE))
                .expectException(violates(NOT_A_CO_FACILITATOR))
                .expectNoEvents();
    }

    @Test
    void canRecordTheAdoptionWithoutAVote() {
        fixture.given(registered(), appointed(), zeroDraft(), finalDraft(day(40)), consensus(day(41)))
                .when(withoutAVote(day(50)), as(SECRETARIAT))
                .expectEvents(adoptedWithoutAVote(day(50)));
    }

    @Test
    void canRecordTheAdoptionByRecordedVote() {
        fixture.given(registered(), appointed(), zeroDraft(), finalDraft(day(40)), consensus(day(41)))
                .when(new RecordAdoption(DOCUMENT, "A/RES/71/287", ADOPTED_ON, AdoptionMethod.RECORDED_VOTE,
                        new Votes(170, 3, 12), null, day(50)), as(SECRETARIAT))
                .expectEvents(new DocumentAdopted(DOCUMENT, "A/RES/71/287", ADOPTED_ON, AdoptionMethod.RECORDED_VOTE,
                        new Votes(170, 3, 12), null, DraftLabel.finalDraft(1), day(50)));
    }

    @Test
    void cannotRecordTheAdoptionBeforeConsensus() {
        fixture.given(registered(), appointed(), zeroDraft(), finalDraft(day(40)))
                .when(withoutAVote(day(50)), as(SECRETARIAT))
                .expectException(violates(WRONG_STAGE))
                .expectNoEvents();
    }

    @Test
    void cannotRecordTheAdoptionUnlessSecretariat() {
        fixture.given(registered(), appointed(), zeroDraft(), finalDraft(day(40)), consensus(day(41)))
                .when(withoutAVote(day(50)), as(CO_FACILITATOR))
                .expectException(violates(NOT_SECRETARIAT))
                .expectNoEvents();
    }

    @Test
    void cannotRecordTheAdoptionTwice() {
        fixture.given(registered(), appointed(), zeroDraft(), finalDraft(day(40)), consensus(day(41)),
                        adoptedWithoutAVote(day(50)))
                .when(withoutAVote(day(51)), as(SECRETARIAT))
                .expectException(violates(ALREADY_ADOPTED))
                .expectNoEvents();
    }

    @Test
    void nothingAboutAnAdoptedTextChanges() {
        fixture.given(registered(), appointed(), zeroDraft(), finalDraft(day(40)), consensus(day(41)),
                        adoptedWithoutAVote(day(50)))
                .when(new RecordMeeting(DOCUMENT, MeetingKind.BRIEFING, "Briefing", LocalDate.of(2017, 5, 1), null,
                        day(51)), as(CO_FACILITATOR))
                .expectException(violates(ALREADY_ADOPTED))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawAnAdoptedDocument() {
        fixture.given(registered(), appointed(), zeroDraft(), finalDraft(day(40)), consensus(day(41)),
                        adoptedWithoutAVote(day(50)))
                .when(new WithdrawDocument(DOCUMENT, "Too late", day(51)), as(SECRETARIAT))
                .expectException(violates(ALREADY_ADOPTED))
                .expectNoEvents();
    }
}
