package org.draftline.web.document;

import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.document.Stage;
import org.draftline.api.status.DeadlineView;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.InputWindowView;
import org.draftline.api.status.SilenceView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which acts the document page offers this user now: a pure function of the document's status, the account
 * and the time (a deadline that has passed ends a silence or an input window even before the read models
 * record it), read the way the rulebook decides. It only hides what would surely be refused; the server
 * still decides.
 */
record Offered(boolean appoint, boolean adoption, boolean zeroDraft, boolean revisedDraft, boolean finalDraft,
               boolean meeting, boolean supportingDocument, boolean inputWindow, boolean startSilence,
               boolean extendSilence, boolean consensus, boolean input, boolean breakSilence, boolean withdraw,
               Stage stage) {

    private static final Set<Stage> UNDER_CONSULTATION = EnumSet.of(Stage.ZERO_DRAFT, Stage.REVISED_DRAFT,
            Stage.SILENCE_BROKEN);

    static Offered to(Actor actor, DocumentStatus status, Instant now) {
        if (actor == null || status.stage().isClosed()) {
            return new Offered(false, false, false, false, false, false, false, false, false, false, false, false,
                    false, false, status.stage());
        }
        SilenceView silence = status.silence();
        boolean silenceOver = silence != null && silence.running() && hasPassed(silence.deadline(), now);
        boolean silenceRunning = silence != null && silence.running() && !silenceOver;
        // a silence whose deadline has passed concludes before the next act is judged: passed, or broken
        Stage stage = !silenceOver ? status.stage()
                : silence.breaks().isEmpty() ? Stage.SILENCE_PASSED : Stage.SILENCE_BROKEN;
        boolean secretariat = actor.is(Role.SECRETARIAT);
        boolean coFacilitator = actor.delegation() != null && status.coFacilitators().stream()
                .anyMatch(c -> c.delegation().equals(actor.delegation()));
        boolean delegate = actor.is(Role.DELEGATE) && !coFacilitator;
        boolean brokeAlready = silenceRunning && silence.breaks().stream()
                .anyMatch(b -> actor.delegation() != null && actor.delegation().equals(b.delegation()));
        InputWindowView window = status.inputWindow();
        boolean inputWindowOpen = window == null || !window.onDraft().equals(status.currentDraft())
                || window.open() && !hasPassed(window.deadline(), now);
        return new Offered(
                secretariat,
                secretariat && stage == Stage.CONSENSUS,
                coFacilitator && stage == Stage.CO_FACILITATORS_APPOINTED,
                coFacilitator && (!silenceRunning || !silence.breaks().isEmpty()) && UNDER_CONSULTATION.contains(stage),
                coFacilitator && !silenceRunning && EnumSet.of(Stage.ZERO_DRAFT, Stage.REVISED_DRAFT,
                        Stage.SILENCE_PASSED).contains(stage),
                coFacilitator,
                secretariat || coFacilitator,
                coFacilitator && !silenceRunning && UNDER_CONSULTATION.contains(stage),
                coFacilitator && !silenceRunning && EnumSet.of(Stage.REVISED_DRAFT, Stage.FINAL_DRAFT,
                        Stage.SILENCE_BROKEN).contains(stage),
                coFacilitator && silenceRunning,
                coFacilitator && !silenceRunning && EnumSet.of(Stage.FINAL_DRAFT, Stage.SILENCE_PASSED).contains(stage),
                delegate && !silenceRunning && UNDER_CONSULTATION.contains(stage) && inputWindowOpen,
                delegate && silenceRunning && !brokeAlready,
                secretariat || coFacilitator,
                stage);
    }

    /** Whether a deadline has passed at {@code now}; one not given never passes. */
    private static boolean hasPassed(DeadlineView deadline, Instant now) {
        return deadline != null && !deadline.utc().isAfter(now);
    }

    /**
     * The cards in the order the negotiation needs them next at this stage: the act that moves it on first,
     * then the ones that record what happens alongside, withdrawal always last. A form kept after it was
     * refused or overtaken comes first, since someone was filling it in.
     */
    public List<String> order(String kept) {
        List<String> next = switch (stage) {
            case REGISTERED -> List.of("appoint");
            case CO_FACILITATORS_APPOINTED -> List.of("zero-draft");
            case ZERO_DRAFT -> List.of("input", "revised-draft", "final-draft");
            case REVISED_DRAFT -> List.of("input", "start-silence", "revised-draft", "final-draft");
            case UNDER_SILENCE -> List.of("break-silence", "extend-silence");
            case SILENCE_BROKEN -> List.of("break-silence", "revised-draft", "start-silence", "extend-silence", "input");
            case SILENCE_PASSED -> List.of("final-draft", "consensus");
            case FINAL_DRAFT -> List.of("consensus", "start-silence");
            case CONSENSUS -> List.of("adoption");
            case ADOPTED, WITHDRAWN -> List.of();
        };
        List<String> order = new ArrayList<>();
        if (kept != null) {
            order.add(kept);
        }
        for (String form : next) {
            if (!order.contains(form)) {
                order.add(form);
            }
        }
        for (String form : ALL) {
            if (!order.contains(form) && !form.equals("withdraw")) {
                order.add(form);
            }
        }
        if (!order.contains("withdraw")) {
            order.add("withdraw");
        }
        return order;
    }

    static boolean isCard(String form) {
        return ALL.contains(form);
    }

    /**
     * Every form the page may show, as {@link #shows} names them: the acts that move the negotiation on, then
     * those that record what happens alongside it, withdrawal last.
     */
    private static final List<String> ALL = List.of("zero-draft", "input", "break-silence", "revised-draft",
            "start-silence", "extend-silence", "final-draft", "consensus", "adoption", "input-window", "meeting",
            "supporting-document", "appoint", "withdraw");

    /** Whether the page shows the form named {@code form} (its id in the page), beside which its problem appears. */
    public boolean shows(String form) {
        return switch (form) {
            case "appoint" -> appoint;
            case "adoption" -> adoption;
            case "zero-draft" -> zeroDraft;
            case "revised-draft" -> revisedDraft;
            case "final-draft" -> finalDraft;
            case "meeting" -> meeting;
            case "supporting-document" -> supportingDocument;
            case "input-window" -> inputWindow;
            case "start-silence" -> startSilence;
            case "extend-silence" -> extendSilence;
            case "consensus" -> consensus;
            case "input" -> input;
            case "break-silence" -> breakSilence;
            case "withdraw" -> withdraw;
            default -> false;
        };
    }

    public boolean any() {
        return appoint || adoption || zeroDraft || revisedDraft || finalDraft || meeting || supportingDocument
                || inputWindow || startSilence || extendSilence || consensus || input || breakSilence || withdraw;
    }
}
