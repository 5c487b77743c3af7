package org.draftline.web.document;

import jakarta.servlet.http.HttpServletRequest;
import org.draftline.api.Deadline;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.DeclareConsensus;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.WithdrawDocument;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftSummary;
import org.draftline.api.draft.Proposal;
import org.draftline.api.rules.RuleViolation;
import org.draftline.api.silence.BreakSilence;
import org.draftline.api.silence.StartSilence;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.InputWindowView;
import org.draftline.api.status.SilenceView;
import org.draftline.platform.acting.Refusal;
import org.draftline.platform.web.NotFound;
import org.draftline.web.document.ActForms.ConfirmedForm;
import org.draftline.web.Forms;
import org.draftline.web.Problem;
import org.draftline.web.Reading;
import org.draftline.web.TypedValues;
import org.draftline.web.Views;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


/**
 * The step between filling in an irreversible act and recording it: the form posts here, and the page says
 * what the act will do (a draft replaced, an input window closed early, a silence ended) with every typed
 * word in hidden fields, a Confirm button that posts them to the act itself, and a way back to the form with
 * every word. Works without JavaScript; nothing is recorded until Confirm.
 */
@Controller
@RequestMapping("/documents/{id}/confirm/{form}")
class ConfirmationController {

    /** The acts that ask first, and where each is recorded. */
    private static final Map<String, String> ACTS = Map.of(
            "zero-draft", "zero-draft",
            "revised-draft", "revised-drafts",
            "final-draft", "final-draft",
            "start-silence", "silence",
            "break-silence", "silence/breaks",
            "consensus", "consensus",
            "withdraw", "withdrawal");

    private final Reading reading;
    private final Views views;
    private final Clock clock;

    ConfirmationController(Reading reading, Views views, Clock clock) {
        this.reading = reading;
        this.views = views;
        this.clock = clock;
    }

    /** What the confirmation page shows of one typed field. */
    record Shown(String label, String value, boolean longText) {
    }

    @PostMapping
    String confirm(@PathVariable String id, @PathVariable String form, @ModelAttribute ConfirmedForm fields,
                   Authentication authentication, HttpServletRequest request, Model model,
                   RedirectAttributes redirect) {
        String act = actOf(form);
        DocumentStatus status = reading.document(id, null);
        DocumentId document = status.id();
        Actor actor = Forms.actor(authentication);
        String page = "/documents/" + document;
        Object command;
        String text;
        try {
            text = fields.draft().draftText();
            command = fields.command(form, document, actor);
        } catch (InvalidValue invalid) {
            return Forms.refused(Problem.of(form, Refusal.of(invalid)), request, page, redirect);
        } catch (RuleViolation violation) {
            return Forms.refused(Problem.of(form, Refusal.of(violation)), request, page, redirect);
        }
        TypedValues typed = TypedValues.of(form, request);
        if (fields.draft().fromWord()) {
            typed = typed.with("text", text); // the Word file read: confirming sends the text, which the page shows
        }
        Instant now = clock.instant();
        Offered offered = Offered.to(actor, status, now);
        model.addAttribute("document", status);
        model.addAttribute("form", form);
        model.addAttribute("heading", heading(form, status));
        model.addAttribute("offered", offered.shows(form));
        model.addAttribute("notOffered", offered.shows(form) ? null
                : Overtaken.reason(form, typed, status, actor, now));
        model.addAttribute("consequences", consequences(command, status));
        model.addAttribute("earlyClosing", earlyClosing(form, status));
        model.addAttribute("shown", shown(command, typed));
        model.addAttribute("hidden", typed.pairs());
        model.addAttribute("action", page + "/" + act);
        model.addAttribute("change", page + "/confirm/" + form + "/change");
        model.addAttribute("confirmLabel", confirmLabel(form, status));
        return "confirm";
    }

    /** Back to the document's page with the form as it was filled in, every word. */
    @PostMapping("/change")
    String change(@PathVariable String id, @PathVariable String form, HttpServletRequest request,
                  RedirectAttributes redirect) {
        actOf(form);
        DocumentId document = DocumentId.of(id);
        return Forms.backToForm(form, request, "/documents/" + document, redirect);
    }

    private static String actOf(String form) {
        String act = ACTS.get(form);
        if (act == null) {
            throw new NotFound("UNKNOWN_ACT", "no act '" + form + "' asks for confirmation");
        }
        return act;
    }

    private String heading(String form, DocumentStatus status) {
        String current = status.currentDraftName();
        return switch (form) {
            case "zero-draft" -> "Circulate the zero draft?";
            case "revised-draft" -> "Circulate " + nextRevision(status).displayName() + "?";
            case "final-draft" -> "Circulate the final draft?";
            case "start-silence" -> "Put " + current + " under silence?";
            case "break-silence" -> "Break the silence on " + (status.silence() == null ? current
                    : status.silence().onDraft().displayName()) + "?";
            case "consensus" -> "Declare consensus on " + current + "?";
            case "withdraw" -> "Withdraw this document?";
            default -> form;
        };
    }

    private String confirmLabel(String form, DocumentStatus status) {
        return switch (form) {
            case "zero-draft" -> "Confirm: circulate the zero draft";
            case "revised-draft" -> "Confirm: circulate " + nextRevision(status).displayName();
            case "final-draft" -> "Confirm: circulate the final draft";
            case "start-silence" -> "Confirm: start the silence procedure";
            case "break-silence" -> "Confirm: break silence";
            case "consensus" -> "Confirm: declare consensus";
            case "withdraw" -> "Confirm: withdraw the document";
            default -> "Confirm";
        };
    }

    /** What the act does, in the order it happens; none of it can be undone. */
    private List<String> consequences(Object command, DocumentStatus status) {
        String current = status.currentDraftName();
        List<String> consequences = new ArrayList<>();
        if (command instanceof CirculateZeroDraft zero) {
                consequences.add("The zero draft goes to every delegation at once and becomes the text under "
                        + "negotiation.");
                consequences.add("It cannot be recalled or edited: a change comes as a revised draft.");
                consequences.add(zero.inputDeadline() == null
                        ? "No window for written input opens; you may open one afterwards."
                        : "A window for written input opens, closing " + deadlineText(zero.inputDeadline()) + ".");
        } else if (command instanceof CirculateRevisedDraft revised) {
                DraftLabel next = nextRevision(status);
                consequences.add(next.displayName() + " replaces " + current + " as the text under negotiation, "
                        + "for every delegation at once; input on " + current + " is no longer taken.");
                SilenceView silence = status.silence();
                if (silence != null && silence.running()) {
                    consequences.add("Silence procedure " + silence.procedure() + " on "
                            + silence.onDraft().displayName() + " ends now, broken: no further objection is taken.");
                }
                consequences.add(revised.inputDeadline() == null
                        ? "No window for written input on " + next.displayName() + " opens; you may open one afterwards."
                        : "A window for written input on " + next.displayName() + " opens, closing "
                        + deadlineText(revised.inputDeadline()) + ".");
                consequences.add("It cannot be recalled or edited: a change comes as a further revision.");
        } else if (command instanceof CirculateFinalDraft) {
                consequences.add("The final draft replaces " + current + " as the text under negotiation, for "
                        + "every delegation at once; no more written input is taken.");
                consequences.add("What follows is a silence procedure on it or the declaration of consensus; it "
                        + "cannot be recalled or edited.");
        } else if (command instanceof StartSilence start) {
                consequences.add(current + " goes under silence until " + deadlineText(start.deadline()) + ".");
                consequences.add("Until then any delegation may break silence in writing; no input is taken and no "
                        + "new draft can be circulated unless silence is broken.");
                consequences.add("If no delegation breaks it by then, silence passes and the text is agreed.");
        } else if (command instanceof BreakSilence silenceBreak) {
                SilenceView silence = status.silence();
                String text = silence == null ? current : silence.onDraft().displayName();
                consequences.add(views.speaker(silenceBreak.delegation(), silenceBreak.onBehalfOf())
                        + " breaks the silence on " + text + ": the procedure counts as broken for everyone, and "
                        + "the text goes back to consultations.");
                consequences.add("Your reason" + (silenceBreak.proposals().isEmpty() ? "" : " and amendments")
                        + " are recorded under your name and shown to the delegations; a break cannot be withdrawn.");
        } else if (command instanceof DeclareConsensus) {
                consequences.add("You report consensus on " + current + " and transmit it for adoption.");
                consequences.add("No more drafts, input or silence procedures follow on this document; the "
                        + "secretariat records the adoption.");
        } else if (command instanceof WithdrawDocument) {
                consequences.add("The document is withdrawn: nothing more can be recorded on it, ever (no draft, "
                        + "input, silence or adoption).");
                consequences.add("Its record stays readable as it is.");
        }
        return consequences;
    }

    /**
     * An input window still open on the current text, which a revised or final draft or a silence closes
     * early: said apart, with the close that was announced.
     */
    private String earlyClosing(String form, DocumentStatus status) {
        InputWindowView window = status.inputWindow();
        boolean closes = form.equals("revised-draft") || form.equals("final-draft") || form.equals("start-silence");
        if (!closes || window == null || !window.open() || window.deadline() == null) {
            return null;
        }
        String announced = views.newYork(window.deadline().utc())
                + (Views.NEW_YORK.getId().equals(window.deadline().zone()) ? ""
                : " (" + views.inItsZone(window.deadline()) + ")");
        return "The window for written input on " + window.onDraft().displayName() + " is still open: it was "
                + "announced to close " + announced + ". This closes it now, early, "
                + views.left(window.deadline().secondsLeft())
                + " before that; input not yet sent on it can no longer be sent.";
    }

    private List<Shown> shown(Object command, TypedValues typed) {
        List<Shown> shown = new ArrayList<>();
        String text = typed.first("text");
        if (text != null && !text.isBlank()) {
            shown.add(new Shown("Text", text, true));
        }
        if (command instanceof CirculateZeroDraft zero) {
            deadlineShown(shown, "Written input due", zero.inputDeadline());
        } else if (command instanceof CirculateRevisedDraft revised) {
            deadlineShown(shown, "Written input due", revised.inputDeadline());
        } else if (command instanceof StartSilence start) {
            deadlineShown(shown, "Silence ends", start.deadline());
        } else if (command instanceof BreakSilence silenceBreak) {
                shown.add(new Shown("Reason", silenceBreak.reason(), true));
                if (silenceBreak.onBehalfOf() != null) {
                    shown.add(new Shown("On behalf of", silenceBreak.onBehalfOf().name(), false));
                }
                for (Proposal proposal : silenceBreak.proposals()) {
                    shown.add(new Shown("Amendment", Proposals.describe(proposal.paragraph(), proposal.action(),
                            proposal.text()), true));
                }
        } else if (command instanceof DeclareConsensus consensus && consensus.note() != null) {
            shown.add(new Shown("Note", consensus.note(), false));
        } else if (command instanceof WithdrawDocument withdraw) {
            shown.add(new Shown("Reason", withdraw.reason(), false));
        }
        String occurredAt = typed.first("occurredAt");
        if (occurredAt != null && !occurredAt.isBlank()) {
            shown.add(new Shown("Happened at", occurredAt, false));
        }
        return shown;
    }

    private void deadlineShown(List<Shown> shown, String label, Deadline deadline) {
        if (deadline != null) {
            shown.add(new Shown(label, deadlineText(deadline), false));
        }
    }

    private String deadlineText(Deadline deadline) {
        String newYork = views.newYork(deadline.at());
        return deadline.zone().equals(Views.NEW_YORK) ? newYork
                : newYork + " (" + deadline.local().toLocalDateTime().toString().replace('T', ' ') + " "
                + deadline.zone().getId() + ")";
    }

    /** The label the next revision will carry: one more than the revisions circulated so far. */
    private DraftLabel nextRevision(DocumentStatus status) {
        long revisions = reading.drafts(status.id()).stream().map(DraftSummary::label)
                .filter(label -> !label.isZero() && !label.isFinal()).count();
        return DraftLabel.revision((int) revisions + 1);
    }
}
