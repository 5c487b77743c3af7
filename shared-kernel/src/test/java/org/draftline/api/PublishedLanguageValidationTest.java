package org.draftline.api;

import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.RecordAdoption;
import org.draftline.api.document.Votes;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.meeting.PublishSupportingDocument;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Messages refuse bad values when they are built, naming the field, so nothing invalid reaches a rule. */
class PublishedLanguageValidationTest {

    private static final DocumentId DOCUMENT = DocumentId.of("modalities-resolution");

    @ParameterizedTest
    @ValueSource(strings = {"ab", "-starts-with-hyphen", "Upper-Case", "has space", "has/slash"})
    void aDocumentIdIsASlug(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentId.of(id)).withMessageStartingWith("id:");
    }

    @Test
    void aDocumentIdPrintsAsItsSlug() {
        assertThat(DOCUMENT).hasToString("modalities-resolution");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rev0", "rev", "final1", "zero1", "revised", "rev01"})
    void draftLabelsFollowTheNegotiatorsNumbering(String label) {
        assertThatIllegalArgumentException().isThrownBy(() -> DraftLabel.of(label))
                .withMessageStartingWith("draft label:");
    }

    @Test
    void draftLabelsHaveTheNamesNegotiatorsUse() {
        assertThat(DraftLabel.ZERO.displayName()).isEqualTo("Zero draft");
        assertThat(DraftLabel.revision(2).displayName()).isEqualTo("Rev.2");
        assertThat(DraftLabel.finalDraft(1)).hasToString("final");
        assertThat(DraftLabel.finalDraft(1).displayName()).isEqualTo("Final draft");
        assertThat(DraftLabel.finalDraft(2).displayName()).isEqualTo("Final draft (2)");
        assertThat(DraftLabel.of("REV3")).isEqualTo(DraftLabel.revision(3));
    }

    @Test
    void aProposalNamesAParagraphAndCarriesTextUnlessItDeletes() {
        assertThat(new Proposal("op3", ProposalAction.AMEND, "text").paragraph()).isEqualTo("OP3");
        assertThatIllegalArgumentException().isThrownBy(() -> new Proposal("P3", ProposalAction.AMEND, "text"))
                .withMessageStartingWith("proposals[].paragraph:");
        assertThatIllegalArgumentException().isThrownBy(() -> new Proposal("OP3", ProposalAction.AMEND, " "))
                .withMessageStartingWith("proposals[].text:");
        assertThatIllegalArgumentException().isThrownBy(() -> new Proposal("OP3", ProposalAction.DELETE, "text"))
                .withMessageStartingWith("proposals[].text:");
        assertThatIllegalArgumentException().isThrownBy(() -> new Proposal("OP3", null, "text"))
                .withMessageStartingWith("proposals[].action:");
    }

    @Test
    void aListOfProposalsOrCoFacilitatorsHoldsNoEmptyEntry() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmitInput(DOCUMENT, DraftLabel.ZERO,
                        Delegation.of("MEX"), null, "Comments", java.util.Arrays.asList((Proposal) null), null))
                .withMessageStartingWith("proposals:");
        assertThatIllegalArgumentException().isThrownBy(() -> new AppointCoFacilitators(DOCUMENT,
                        java.util.Arrays.asList((CoFacilitator) null), null, null))
                .withMessageStartingWith("coFacilitators:");
    }

    @Test
    void inputCarriesCommentsOrProposals() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmitInput(DOCUMENT, DraftLabel.ZERO,
                        Delegation.of("MEX"), null, " ", List.of(), null))
                .withMessageStartingWith("comments:");
    }

    @Test
    void coFacilitatorsAreStatesNamedOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CoFacilitator(Delegation.of("G77"), null))
                .withMessageStartingWith("coFacilitators[].delegation:");
        CoFacilitator belgium = new CoFacilitator(Delegation.of("BEL"), null);
        assertThatIllegalArgumentException().isThrownBy(() -> new AppointCoFacilitators(DOCUMENT,
                        List.of(belgium, belgium), null, null))
                .withMessageStartingWith("coFacilitators:");
        assertThatIllegalArgumentException().isThrownBy(() -> new AppointCoFacilitators(DOCUMENT, List.of(), null,
                        null))
                .withMessageStartingWith("coFacilitators:");
    }

    @Test
    void anAdoptionByRecordedVoteCarriesTheVotesAndOnlyThen() {
        LocalDate day = LocalDate.of(2017, 4, 28);
        assertThatIllegalArgumentException().isThrownBy(() -> new RecordAdoption(DOCUMENT, "A/RES/71/287", day,
                        AdoptionMethod.RECORDED_VOTE, null, null, null))
                .withMessageStartingWith("votes:");
        assertThatIllegalArgumentException().isThrownBy(() -> new RecordAdoption(DOCUMENT, "A/RES/71/287", day,
                        AdoptionMethod.WITHOUT_A_VOTE, new Votes(1, 0, 0), null, null))
                .withMessageStartingWith("votes:");
        assertThatIllegalArgumentException().isThrownBy(() -> new RecordAdoption(DOCUMENT, "resolution 287", day,
                        AdoptionMethod.WITHOUT_A_VOTE, null, null, null))
                .withMessageStartingWith("symbol:");
        assertThatIllegalArgumentException().isThrownBy(() -> new Votes(-1, 0, 0)).withMessageStartingWith("votes:");
    }

    @Test
    void aSupportingDocumentLinksOnlyToTheWeb() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PublishSupportingDocument(DOCUMENT,
                        SupportingDocumentKind.LETTER, "Letter", "javascript:alert(1)", null))
                .withMessageStartingWith("url:");
    }

    @Test
    void anActorTravelsInMetadataAndBack() {
        Actor delegate = Actor.delegate("mexico-delegate", Delegation.of("MEX"));
        assertThat(Actor.fromMetaData(delegate.toMetaData())).isEqualTo(delegate);
        assertThat(Actor.fromMetaData(Actor.secretariat("pga").toMetaData()).role()).isEqualTo(Role.SECRETARIAT);
        assertThatIllegalArgumentException().isThrownBy(() -> new Actor("x", Role.DELEGATE, null))
                .withMessageStartingWith("delegation:");
        assertThatIllegalArgumentException().isThrownBy(() -> Actor.fromMetaData(java.util.Map.of()))
                .withMessageStartingWith("actor:");
    }
}
