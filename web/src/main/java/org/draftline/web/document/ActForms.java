package org.draftline.web.document;

import org.draftline.api.Deadline;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.ChangeVisibility;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DeclareConsensus;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.RecordAdoption;
import org.draftline.api.document.Visibility;
import org.draftline.api.document.Votes;
import org.draftline.api.document.WithdrawDocument;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.OpenInputWindow;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.PublishSupportingDocument;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.draftline.api.silence.BreakSilence;
import org.draftline.api.silence.ExtendSilence;
import org.draftline.api.silence.StartSilence;
import org.draftline.platform.acting.Acting;
import org.draftline.platform.docx.WordDraft;
import org.draftline.platform.web.RequestTimes;
import org.draftline.web.Forms;
import org.springframework.web.multipart.MultipartFile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.draftline.platform.web.RequestTimes.date;
import static org.draftline.platform.web.RequestTimes.deadline;
import static org.draftline.platform.web.RequestTimes.instant;

/**
 * The document page's forms as Spring binds them, one record per form, each building the command the API
 * would send (whose constructor checks the fields). A field the form repeats (a proposal row, a
 * co-facilitator) binds to an array, one element per value sent, each whole.
 */
final class ActForms {

    private ActForms() {
    }

    /** A draft typed, or read from the Word file chosen beside it (not both), and the written input it invites. */
    record DraftForm(String text, MultipartFile file, String inputDeadline, String inputDeadlineZone,
                     String occurredAt) {

        /** The text typed into the form, or the one read from the Word file chosen beside it (not both). */
        String draftText() {
            if (file == null || file.isEmpty()) {
                return text;
            }
            if (text != null && !text.isBlank()) {
                throw new InvalidValue("text: type the text or choose a Word file, not both");
            }
            return WordDraft.read(file).checkedText();
        }

        boolean fromWord() {
            return file != null && !file.isEmpty();
        }

        CirculateZeroDraft zeroDraft(DocumentId document) {
            return new CirculateZeroDraft(document, draftText(), inputDue(), occurred(occurredAt));
        }

        CirculateRevisedDraft revisedDraft(DocumentId document) {
            return new CirculateRevisedDraft(document, draftText(), inputDue(), occurred(occurredAt));
        }

        CirculateFinalDraft finalDraft(DocumentId document) {
            return new CirculateFinalDraft(document, draftText(), occurred(occurredAt));
        }

        private Deadline inputDue() {
            return deadline(Forms.zoned(inputDeadline, inputDeadlineZone), "inputDeadline");
        }
    }

    /** A deadline typed as a local date and time with its zone: a silence's or an input window's. */
    record DeadlineForm(String deadline, String deadlineZone, String occurredAt) {

        Deadline due() {
            return RequestTimes.deadline(Forms.zoned(deadline, deadlineZone), "deadline");
        }

        StartSilence startSilence(DocumentId document) {
            return new StartSilence(document, due(), occurred(occurredAt));
        }

        ExtendSilence extendSilence(DocumentId document) {
            return new ExtendSilence(document, due(), occurred(occurredAt));
        }

        OpenInputWindow openInputWindow(DocumentId document) {
            return new OpenInputWindow(document, due(), occurred(occurredAt));
        }
    }

    /** A delegation's input on a draft: comments and proposal rows, possibly for a group. */
    record InputForm(String onDraft, String comments, String onBehalfOf, String occurredAt, String[] paragraph,
                     String[] action, String[] proposalText) {

        SubmitInput command(DocumentId document, Actor actor) {
            return new SubmitInput(document, DraftLabel.of(onDraft, "onDraft"), Acting.delegationOf(actor),
                    group(onBehalfOf), comments, proposals(paragraph, action, proposalText), occurred(occurredAt));
        }
    }

    /** A delegation's written objection, with the amendments it proposes, possibly for a group. */
    record BreakForm(String reason, String onBehalfOf, String occurredAt, String[] paragraph, String[] action,
                     String[] proposalText) {

        BreakSilence command(DocumentId document, Actor actor) {
            return new BreakSilence(document, Acting.delegationOf(actor), group(onBehalfOf), reason,
                    proposals(paragraph, action, proposalText), occurred(occurredAt));
        }
    }

    record ConsensusForm(String note, String occurredAt) {

        DeclareConsensus command(DocumentId document) {
            return new DeclareConsensus(document, note, occurred(occurredAt));
        }
    }

    record WithdrawalForm(String reason, String occurredAt) {

        WithdrawDocument command(DocumentId document) {
            return new WithdrawDocument(document, reason, occurred(occurredAt));
        }
    }

    record MeetingForm(String kind, String title, String heldOn, String summary, String occurredAt) {

        RecordMeeting command(DocumentId document) {
            return new RecordMeeting(document, Forms.choice(MeetingKind.class, kind, "kind"), title,
                    date(heldOn, "heldOn"), summary, occurred(occurredAt));
        }
    }

    record SupportingDocumentForm(String kind, String title, String url, String occurredAt) {

        PublishSupportingDocument command(DocumentId document) {
            return new PublishSupportingDocument(document, Forms.choice(SupportingDocumentKind.class, kind, "kind"),
                    title, url, occurred(occurredAt));
        }
    }

    record VisibilityForm(String visibility, String occurredAt) {

        ChangeVisibility command(DocumentId document) {
            return new ChangeVisibility(document, Forms.choice(Visibility.class, visibility, "visibility"),
                    occurred(occurredAt));
        }
    }

    /** Co-facilitators as rows of a state and its representative; a row without a state is an unused row. */
    record AppointForm(String[] delegation, String[] representative, String letter, String occurredAt) {

        AppointCoFacilitators command(DocumentId document) {
            List<CoFacilitator> coFacilitators = new ArrayList<>();
            for (int index = 0; index < length(delegation); index++) {
                String code = delegation[index];
                if (code != null && !code.isBlank()) {
                    coFacilitators.add(new CoFacilitator(Delegation.of(code), at(representative, index)));
                }
            }
            return new AppointCoFacilitators(document, coFacilitators, letter, occurred(occurredAt));
        }
    }

    /** The adoption; a vote counted only when one of its counts is given (the others then count zero). */
    record AdoptionForm(String symbol, String adoptedOn, String method, Integer yes, Integer no, Integer abstain,
                        String draftSymbol, String occurredAt) {

        RecordAdoption command(DocumentId document) {
            boolean voted = yes != null || no != null || abstain != null;
            Votes votes = voted ? new Votes(zero(yes), zero(no), zero(abstain)) : null;
            return new RecordAdoption(document, symbol, date(adoptedOn, "adoptedOn"),
                    Forms.choice(AdoptionMethod.class, method, "method"), votes, draftSymbol, occurred(occurredAt));
        }

        private static int zero(Integer count) {
            return count == null ? 0 : count;
        }
    }

    /** Rows of the proposals fieldset; a row without a paragraph is an unused row. */
    static List<Proposal> proposals(String[] paragraphs, String[] actions, String[] texts) {
        List<Proposal> proposals = new ArrayList<>();
        for (int index = 0; index < length(paragraphs); index++) {
            String paragraph = paragraphs[index];
            if (paragraph == null || paragraph.isBlank()) {
                continue;
            }
            proposals.add(new Proposal(paragraph, Forms.choice(ProposalAction.class, at(actions, index),
                    "proposals[].action"), at(texts, index)));
        }
        return proposals;
    }

    static Delegation group(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!Delegation.isKnown(code)) {
            throw new InvalidValue("onBehalfOf: unknown delegation '" + code + "'");
        }
        return Delegation.of(code);
    }

    private static Instant occurred(String occurredAt) {
        return instant(occurredAt, "occurredAt");
    }

    private static int length(String[] values) {
        return values == null ? 0 : values.length;
    }

    private static String at(String[] values, int index) {
        return values != null && index < values.length ? values[index] : null;
    }

    /**
     * Every field of the acts that ask first (drafts, silence, consensus, withdrawal), as their confirmation
     * step receives them: the act's own form is read from it, so confirming checks exactly what the act will.
     */
    record ConfirmedForm(String text, MultipartFile file, String inputDeadline, String inputDeadlineZone,
                         String deadline, String deadlineZone, String reason, String note, String onBehalfOf,
                         String occurredAt, String[] paragraph, String[] action, String[] proposalText) {

        DraftForm draft() {
            return new DraftForm(text, file, inputDeadline, inputDeadlineZone, occurredAt);
        }

        /** The command the act named {@code form} would send. */
        Object command(String form, DocumentId document, Actor actor) {
            return switch (form) {
                case "zero-draft" -> draft().zeroDraft(document);
                case "revised-draft" -> draft().revisedDraft(document);
                case "final-draft" -> draft().finalDraft(document);
                case "start-silence" -> new DeadlineForm(deadline, deadlineZone, occurredAt).startSilence(document);
                case "break-silence" -> new BreakForm(reason, onBehalfOf, occurredAt, paragraph, action, proposalText)
                        .command(document, actor);
                case "consensus" -> new ConsensusForm(note, occurredAt).command(document);
                case "withdraw" -> new WithdrawalForm(reason, occurredAt).command(document);
                default -> throw new IllegalArgumentException(form);
            };
        }
    }
}
