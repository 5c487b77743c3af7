package org.draftline.web.document;

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
import org.draftline.api.status.InputWindowView;
import org.draftline.api.status.SilenceView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the acts panel offers, read from the status, the account and the time alone (no server): every stage
 * for every kind of account, the order (the next step first, withdrawal last), and deadlines judged by the clock.
 */
class OfferedTest {

    private static final Actor BELGIUM = Actor.delegate("belgium", Delegation.of("BEL"));
    private static final Actor MEXICO = Actor.delegate("mexico", Delegation.of("MEX"));
    private static final Actor SECRETARIAT = Actor.secretariat("secretariat");
    private static final Actor OBSERVER = Actor.observer("observer");
    private static final Instant NOW = Instant.parse("2026-06-05T18:00:00Z");

    /** Belgium co-facilitates: what it is offered at each stage (nothing running, no input window). */
    private static final Map<Stage, Set<String>> CO_FACILITATOR = new EnumMap<>(Map.ofEntries(
            Map.entry(Stage.REGISTERED, Set.of("meeting", "supporting-document", "withdraw")),
            Map.entry(Stage.CO_FACILITATORS_APPOINTED, Set.of("zero-draft", "meeting", "supporting-document",
                    "withdraw")),
            Map.entry(Stage.ZERO_DRAFT, Set.of("revised-draft", "final-draft", "input-window", "meeting",
                    "supporting-document", "withdraw")),
            Map.entry(Stage.REVISED_DRAFT, Set.of("revised-draft", "final-draft", "start-silence", "input-window",
                    "meeting", "supporting-document", "withdraw")),
            Map.entry(Stage.UNDER_SILENCE, Set.of("extend-silence", "meeting", "supporting-document", "withdraw")),
            Map.entry(Stage.SILENCE_BROKEN, Set.of("revised-draft", "start-silence", "input-window", "meeting",
                    "supporting-document", "withdraw")),
            Map.entry(Stage.SILENCE_PASSED, Set.of("final-draft", "consensus", "meeting", "supporting-document",
                    "withdraw")),
            Map.entry(Stage.FINAL_DRAFT, Set.of("start-silence", "consensus", "meeting", "supporting-document",
                    "withdraw")),
            Map.entry(Stage.CONSENSUS, Set.of("meeting", "supporting-document", "withdraw")),
            Map.entry(Stage.ADOPTED, Set.of()),
            Map.entry(Stage.WITHDRAWN, Set.of())));

    /** Mexico, a delegation that does not co-facilitate. */
    private static final Map<Stage, Set<String>> DELEGATE = new EnumMap<>(Map.ofEntries(
            Map.entry(Stage.REGISTERED, Set.of()),
            Map.entry(Stage.CO_FACILITATORS_APPOINTED, Set.of()),
            Map.entry(Stage.ZERO_DRAFT, Set.of("input")),
            Map.entry(Stage.REVISED_DRAFT, Set.of("input")),
            Map.entry(Stage.UNDER_SILENCE, Set.of("break-silence")),
            Map.entry(Stage.SILENCE_BROKEN, Set.of("input")),
            Map.entry(Stage.SILENCE_PASSED, Set.of()),
            Map.entry(Stage.FINAL_DRAFT, Set.of()),
            Map.entry(Stage.CONSENSUS, Set.of()),
            Map.entry(Stage.ADOPTED, Set.of()),
            Map.entry(Stage.WITHDRAWN, Set.of())));

    @ParameterizedTest
    @EnumSource(Stage.class)
    void eachAccountIsOfferedWhatTheRulesAllowItAtEveryStage(Stage stage) {
        DocumentStatus status = atRest(stage);
        Set<String> secretariat = stage.isClosed() ? Set.of() : stage == Stage.CONSENSUS
                ? Set.of("adoption", "appoint", "supporting-document", "withdraw")
                : Set.of("appoint", "supporting-document", "withdraw");

        assertThat(offered(SECRETARIAT, status)).as("secretariat at %s", stage)
                .containsExactlyInAnyOrderElementsOf(secretariat);
        assertThat(offered(BELGIUM, status)).as("co-facilitator at %s", stage)
                .containsExactlyInAnyOrderElementsOf(CO_FACILITATOR.get(stage));
        assertThat(offered(MEXICO, status)).as("delegate at %s", stage)
                .containsExactlyInAnyOrderElementsOf(DELEGATE.get(stage));
        assertThat(offered(OBSERVER, status)).as("observer at %s", stage).isEmpty();
        assertThat(Offered.to(null, status, NOW).any()).as("signed out at %s", stage).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void withdrawalComesLastAndNeverBeforeTheNextStep(Stage stage) {
        for (Actor actor : List.of(SECRETARIAT, BELGIUM, MEXICO)) {
            List<String> shown = shown(actor, atRest(stage), null);
            if (shown.contains("withdraw")) {
                assertThat(shown.get(shown.size() - 1)).as("%s at %s", actor.username(), stage).isEqualTo("withdraw");
                assertThat(shown).as("%s at %s", actor.username(), stage).hasSizeGreaterThan(1);
            }
        }
    }

    @Test
    void aCoFacilitatorOnARevisedDraftSeesSilenceFirstAndWithdrawalLast() {
        List<String> shown = shown(BELGIUM, atRest(Stage.REVISED_DRAFT), null);

        assertThat(shown).containsExactly("start-silence", "revised-draft", "final-draft", "input-window", "meeting",
                "supporting-document", "withdraw");
    }

    @Test
    void aCoFacilitatorAfterABrokenSilenceSeesTheRevisionFirst() {
        List<String> shown = shown(BELGIUM, status(Stage.SILENCE_BROKEN, silence(true, NOW.plusSeconds(3600),
                "MEX"), null), null);

        assertThat(shown.get(0)).isEqualTo("revised-draft");
        assertThat(shown.get(shown.size() - 1)).isEqualTo("withdraw");
    }

    @Test
    void aDelegateDuringSilenceIsOfferedBreakingItAndNeverWithdrawal() {
        assertThat(shown(MEXICO, atRest(Stage.UNDER_SILENCE), null)).containsExactly("break-silence");
    }

    @Test
    void aDelegationThatBrokeTheSilenceIsNotOfferedBreakingItAgain() {
        DocumentStatus broken = status(Stage.SILENCE_BROKEN, silence(true, NOW.plusSeconds(3600), "MEX"), null);

        assertThat(offered(MEXICO, broken)).doesNotContain("break-silence");
        assertThat(offered(Actor.delegate("ecuador", Delegation.of("ECU")), broken)).contains("break-silence");
    }

    @Test
    void theSecretariatAtConsensusRecordsTheAdoptionFirst() {
        assertThat(shown(SECRETARIAT, atRest(Stage.CONSENSUS), null))
                .containsExactly("adoption", "supporting-document", "appoint", "withdraw");
    }

    @Test
    void aSilenceWhoseDeadlineHasPassedIsOverEvenBeforeTheRecordSaysSo() {
        DocumentStatus lapsed = status(Stage.UNDER_SILENCE, silence(true, NOW.minusSeconds(1)), null);

        assertThat(offered(MEXICO, lapsed)).doesNotContain("break-silence");
        assertThat(offered(BELGIUM, lapsed)).doesNotContain("extend-silence").contains("final-draft", "consensus");
        assertThat(Offered.to(BELGIUM, lapsed, NOW).order(null).get(0)).isEqualTo("final-draft");
    }

    @Test
    void aBrokenSilenceWhoseDeadlineHasPassedSendsTheTextBackToConsultations() {
        DocumentStatus lapsed = status(Stage.SILENCE_BROKEN, silence(true, NOW.minusSeconds(1), "MEX"), null);

        assertThat(offered(BELGIUM, lapsed)).contains("revised-draft", "start-silence").doesNotContain("consensus");
        assertThat(offered(Actor.delegate("ecuador", Delegation.of("ECU")), lapsed)).containsExactly("input");
    }

    @Test
    void inputIsOfferedUntilTheWindowsDeadlineAndNotAfter() {
        DocumentStatus open = status(Stage.REVISED_DRAFT, null, window(NOW.plusSeconds(60)));
        DocumentStatus lapsed = status(Stage.REVISED_DRAFT, null, window(NOW.minusSeconds(60)));

        assertThat(offered(MEXICO, open)).containsExactly("input");
        assertThat(offered(MEXICO, lapsed)).isEmpty();
        assertThat(Offered.to(MEXICO, open, NOW.plusSeconds(61)).input()).isFalse();
    }

    @Test
    void aFormKeptAfterTheNegotiationMovedPastItComesFirst() {
        Offered offered = Offered.to(MEXICO, atRest(Stage.REVISED_DRAFT), NOW);

        assertThat(offered.order("break-silence").get(0)).isEqualTo("break-silence");
        assertThat(offered.order("break-silence")).endsWith("withdraw").doesNotHaveDuplicates();
    }

    @Test
    void nothingIsOfferedOnAClosedDocument() {
        Offered offered = Offered.to(BELGIUM, atRest(Stage.WITHDRAWN), NOW);

        assertThat(offered.any()).isFalse();
        assertThat(offered.order(null)).noneMatch(offered::shows);
    }

    private static List<String> offered(Actor actor, DocumentStatus status) {
        Offered offered = Offered.to(actor, status, NOW);
        return offered.order(null).stream().filter(offered::shows).toList();
    }

    private static List<String> shown(Actor actor, DocumentStatus status, String kept) {
        Offered offered = Offered.to(actor, status, NOW);
        return offered.order(kept).stream().filter(offered::shows).toList();
    }

    /** The document at a stage with nothing pending: a silence runs only under silence, none is broken. */
    private static DocumentStatus atRest(Stage stage) {
        SilenceView silence = switch (stage) {
            case UNDER_SILENCE -> silence(true, NOW.plus(Duration.ofDays(1)));
            case SILENCE_BROKEN -> silence(false, NOW.minusSeconds(3600), "ECU");
            case SILENCE_PASSED -> silence(false, NOW.minusSeconds(3600));
            default -> null;
        };
        return status(stage, silence, null);
    }

    private static SilenceView silence(boolean running, Instant deadline, String... breakers) {
        List<SilenceView.Break> breaks = java.util.Arrays.stream(breakers)
                .map(code -> new SilenceView.Break(Delegation.of(code), null, "no", NOW.minusSeconds(60))).toList();
        return new SilenceView(1, DraftLabel.revision(1), running, deadline(deadline), 0, breaks, null,
                NOW.minus(Duration.ofDays(2)), null);
    }

    private static InputWindowView window(Instant deadline) {
        return new InputWindowView(DraftLabel.revision(1), deadline(deadline), true, null);
    }

    private static DeadlineView deadline(Instant at) {
        return DeadlineView.of("TEST", new Deadline(at, ZoneId.of("America/New_York")), NOW);
    }

    private static DocumentStatus status(Stage stage, SilenceView silence, InputWindowView window) {
        return new DocumentStatus(DocumentId.of("offered-test"), "Declaration", DocumentKind.DECLARATION,
                "General Assembly", null, null, stage, DraftLabel.revision(1), "Rev.1", null,
                List.of(new CoFacilitator(Delegation.of("BEL"), null), new CoFacilitator(Delegation.of("QAT"), null)),
                window, silence, null, null, Instant.EPOCH, Instant.EPOCH, 5, Visibility.PUBLIC);
    }
}
