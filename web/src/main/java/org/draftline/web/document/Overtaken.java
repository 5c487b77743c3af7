package org.draftline.web.document;

import org.draftline.api.actor.Actor;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.SilenceView;
import org.draftline.web.TypedValues;
import org.draftline.web.Views;

import java.time.Instant;

/** Why a form someone filled in can no longer be sent, in the words of the negotiation. */
final class Overtaken {

    private static final Views VIEWS = new Views();

    private Overtaken() {
    }

    static String reason(String form, TypedValues typed, DocumentStatus status, Actor actor, Instant now) {
        String stage = VIEWS.stage(status.stage());
        if (status.stage().isClosed()) {
            return "The document is " + stage.toLowerCase() + " now: nothing more can be recorded on it.";
        }
        String current = status.currentDraftName() == null ? "no text yet" : status.currentDraftName();
        SilenceView silence = status.silence();
        boolean lapsed = silence != null && silence.running() && silence.deadline() != null
                && !silence.deadline().utc().isAfter(now);
        boolean silenceRunning = silence != null && silence.running() && !lapsed;
        return switch (form) {
            case "input" -> {
                String onDraft = typed.first("onDraft");
                if (onDraft != null && status.currentDraft() != null && !onDraft.isBlank()
                        && !DraftLabel.of(onDraft).equals(status.currentDraft())) {
                    yield current + " has been circulated since you began: input on "
                            + DraftLabel.of(onDraft).displayName() + " is no longer taken.";
                }
                yield silenceRunning ? current + " is under silence: input is not taken during silence."
                        : "The window for input on " + current + " is closed.";
            }
            case "break-silence" -> lapsed ? "The silence procedure's deadline has passed: it can no longer be broken."
                    : silence == null || !silenceRunning
                    ? "The silence procedure is over" + (silence != null && silence.outcome() != null
                    ? " (" + VIEWS.silenceOutcome(silence) + ")" : "") + ": it can no longer be broken."
                    : "Your delegation has already broken this silence.";
            default -> "The document is at the stage \u201c" + stage + "\u201d now (current text: " + current
                    + "), where this is not offered to " + (actor == null ? "you" : "your account") + ".";
        };
    }
}
