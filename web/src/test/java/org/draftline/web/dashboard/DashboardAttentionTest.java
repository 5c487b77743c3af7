package org.draftline.web.dashboard;

import org.draftline.api.Deadline;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.Stage;
import org.draftline.api.document.Visibility;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.status.DeadlineView;
import org.draftline.api.status.DocumentStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the dashboard puts first for an account: what its documents ask of it, the soonest deadline first. */
class DashboardAttentionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aDelegateSeesInputDueAndSilencesOnTextsItFollowsSoonestFirstAndNothingElse() {
        List<DashboardController.Attention> attention = DashboardController.attention(
                Actor.delegate("mexico", Delegation.of("MEX")), List.of(
                        document("later-input", Stage.ZERO_DRAFT, "INPUT_WINDOW", Duration.ofDays(6)),
                        document("silence", Stage.UNDER_SILENCE, "SILENCE", Duration.ofDays(2)),
                        document("silence-elsewhere", Stage.UNDER_SILENCE, "SILENCE", Duration.ofDays(1)),
                        document("quiet", Stage.REVISED_DRAFT, null, null),
                        document("past-input", Stage.ZERO_DRAFT, "INPUT_WINDOW", Duration.ofDays(-1))),
                Set.of(DocumentId.of("silence"), DocumentId.of("quiet")));

        assertThat(attention).extracting(a -> a.document().id().value()).containsExactly("silence", "later-input");
        assertThat(attention).extracting(DashboardController.Attention::what).containsExactly(
                "Under silence: break it in writing, or let it pass", "Input due on Zero draft");
    }

    @Test
    void aCoFacilitatorSeesItsNextStepOnItsOwnDocuments() {
        List<DashboardController.Attention> attention = DashboardController.attention(
                Actor.delegate("belgium", Delegation.of("BEL")), List.of(
                        document("broken", Stage.SILENCE_BROKEN, "SILENCE", Duration.ofDays(1)),
                        document("appointed", Stage.CO_FACILITATORS_APPOINTED, null, null)), Set.of());

        assertThat(attention).extracting(DashboardController.Attention::what).containsExactly(
                "Silence broken: revise the text", "Circulate the zero draft");
        assertThat(attention).allMatch(DashboardController.Attention::coFacilitates);
    }

    @Test
    void theSecretariatAndObserversHaveNoSuchList() {
        List<DocumentStatus> documents = List.of(document("input", Stage.ZERO_DRAFT, "INPUT_WINDOW",
                Duration.ofDays(3)));

        assertThat(DashboardController.attention(Actor.secretariat("secretariat"), documents, Set.of())).isEmpty();
        assertThat(DashboardController.attention(null, documents, Set.of())).isEmpty();
    }

    private static DocumentStatus document(String id, Stage stage, String purpose, Duration left) {
        DeadlineView deadline = purpose == null ? null : DeadlineView.of(purpose,
                new Deadline(NOW.plus(left), ZoneId.of("America/New_York")), NOW);
        return new DocumentStatus(DocumentId.of(id), "Declaration " + id, DocumentKind.DECLARATION,
                "General Assembly", null, null, stage, DraftLabel.ZERO, "Zero draft", deadline,
                List.of(new CoFacilitator(Delegation.of("BEL"), null), new CoFacilitator(Delegation.of("QAT"), null)),
                null, null, null, null, NOW, NOW, 3, Visibility.PUBLIC);
    }
}
