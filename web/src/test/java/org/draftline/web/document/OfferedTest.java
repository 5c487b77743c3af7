package org.draftline.web.document;

import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.Stage;
import org.draftline.api.document.Visibility;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.SilenceView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The order of the acts panel, read from the status and the account alone: the next step first, withdrawal last. */
class OfferedTest {

    private static final Actor BELGIUM = Actor.delegate("belgium", Delegation.of("BEL"));
    private static final Actor MEXICO = Actor.delegate("mexico", Delegation.of("MEX"));
    private static final Actor SECRETARIAT = Actor.secretariat("secretariat");

    @Test
    void aCoFacilitatorOnARevisedDraftSeesSilenceFirstAndWithdrawalLast() {
        List<String> shown = shown(BELGIUM, status(Stage.REVISED_DRAFT, null), null);

        assertThat(shown).containsExactly("start-silence", "revised-draft", "final-draft", "input-window", "meeting",
                "supporting-document", "withdraw");
    }

    @Test
    void aCoFacilitatorAfterABrokenSilenceSeesTheRevisionFirst() {
        SilenceView broken = new SilenceView(1, DraftLabel.revision(1), true, null, 0,
                List.of(new SilenceView.Break(Delegation.of("MEX"), null, "no", Instant.EPOCH)), null, Instant.EPOCH,
                null);

        List<String> shown = shown(BELGIUM, status(Stage.SILENCE_BROKEN, broken), null);

        assertThat(shown.get(0)).isEqualTo("revised-draft");
        assertThat(shown.get(shown.size() - 1)).isEqualTo("withdraw");
    }

    @Test
    void aDelegateDuringSilenceIsOfferedBreakingItAndNeverWithdrawal() {
        SilenceView running = new SilenceView(1, DraftLabel.revision(1), true, null, 0, List.of(), null,
                Instant.EPOCH, null);

        assertThat(shown(MEXICO, status(Stage.UNDER_SILENCE, running), null)).containsExactly("break-silence");
    }

    @Test
    void theSecretariatAtConsensusRecordsTheAdoptionFirst() {
        List<String> shown = shown(SECRETARIAT, status(Stage.CONSENSUS, null), null);

        assertThat(shown).containsExactly("adoption", "supporting-document", "appoint", "withdraw");
    }

    @Test
    void aFormKeptAfterTheNegotiationMovedPastItComesFirst() {
        Offered offered = Offered.to(MEXICO, status(Stage.REVISED_DRAFT, null));

        assertThat(offered.order("break-silence").get(0)).isEqualTo("break-silence");
        assertThat(offered.order("break-silence")).endsWith("withdraw").doesNotHaveDuplicates();
    }

    @Test
    void nothingIsOfferedOnAClosedDocument() {
        Offered offered = Offered.to(BELGIUM, status(Stage.WITHDRAWN, null));

        assertThat(offered.any()).isFalse();
        assertThat(offered.order(null)).noneMatch(offered::shows);
    }

    private static List<String> shown(Actor actor, DocumentStatus status, String kept) {
        Offered offered = Offered.to(actor, status);
        return offered.order(kept).stream().filter(offered::shows).toList();
    }

    private static DocumentStatus status(Stage stage, SilenceView silence) {
        return new DocumentStatus(DocumentId.of("offered-test"), "Declaration", DocumentKind.DECLARATION,
                "General Assembly", null, null, stage, DraftLabel.revision(1), "Rev.1", null,
                List.of(new CoFacilitator(Delegation.of("BEL"), null), new CoFacilitator(Delegation.of("QAT"), null)),
                null, silence, null, null, Instant.EPOCH, Instant.EPOCH, 5, Visibility.PUBLIC);
    }
}
