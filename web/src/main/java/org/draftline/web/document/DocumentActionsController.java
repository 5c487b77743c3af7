package org.draftline.web.document;

import jakarta.servlet.http.HttpServletRequest;
import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.ChangeVisibility;
import org.draftline.api.document.Visibility;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DeclareConsensus;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.RecordAdoption;
import org.draftline.api.document.ReplaceCoFacilitators;
import org.draftline.api.document.Votes;
import org.draftline.api.document.WithdrawDocument;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.ExtendInputWindow;
import org.draftline.api.draft.OpenInputWindow;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.PublishSupportingDocument;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.api.silence.BreakSilence;
import org.draftline.api.silence.ExtendSilence;
import org.draftline.api.silence.StartSilence;
import org.draftline.platform.docx.WordDraft;
import org.draftline.web.Acting;
import org.draftline.web.Forms;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;

import static org.draftline.platform.web.RequestTimes.date;
import static org.draftline.platform.web.RequestTimes.deadline;
import static org.draftline.platform.web.RequestTimes.instant;

/**
 * The document page's forms: each builds the command the API would (its constructor checks the fields),
 * sends it as the signed-in account, and returns to the page with a notice or with the problem beside the
 * form. The negotiation's rules decide; the page only offers what they would allow.
 */
@Controller
@RequestMapping("/documents/{id}")
class DocumentActionsController {

    private final Acting acting;

    DocumentActionsController(Acting acting) {
        this.acting = acting;
    }

    @PostMapping("/zero-draft")
    String circulateZeroDraft(@PathVariable String id, @RequestParam(required = false) String text,
                              @RequestParam(required = false) MultipartFile file,
                              @RequestParam(required = false) String inputDeadline,
                              @RequestParam(required = false) String inputDeadlineZone,
                              @RequestParam(required = false) String occurredAt, Authentication authentication,
                              HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("zero-draft", document, "Zero draft circulated.", authentication, request, redirect,
                actor -> acting.send(new CirculateZeroDraft(document, typedOrWord(text, file),
                        deadline(Forms.zoned(inputDeadline, inputDeadlineZone), "inputDeadline"),
                        instant(occurredAt, "occurredAt")), actor));
    }

    @PostMapping("/revised-drafts")
    String circulateRevisedDraft(@PathVariable String id, @RequestParam(required = false) String text,
                                 @RequestParam(required = false) MultipartFile file,
                                 @RequestParam(required = false) String inputDeadline,
                                 @RequestParam(required = false) String inputDeadlineZone,
                                 @RequestParam(required = false) String occurredAt, Authentication authentication,
                                 HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("revised-draft", document, "Revised draft circulated.", authentication, request, redirect,
                actor -> acting.send(new CirculateRevisedDraft(document, typedOrWord(text, file),
                        deadline(Forms.zoned(inputDeadline, inputDeadlineZone), "inputDeadline"),
                        instant(occurredAt, "occurredAt")), actor));
    }

    @PostMapping("/final-draft")
    String circulateFinalDraft(@PathVariable String id, @RequestParam(required = false) String text,
                               @RequestParam(required = false) MultipartFile file,
                               @RequestParam(required = false) String occurredAt, Authentication authentication,
                               HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("final-draft", document, "Final draft circulated.", authentication, request, redirect,
                actor -> acting.send(new CirculateFinalDraft(document, typedOrWord(text, file),
                        instant(occurredAt, "occurredAt")),
                        actor));
    }

    @PostMapping("/inputs")
    String submitInput(@PathVariable String id, @RequestParam(required = false) String onDraft,
                       @RequestParam(required = false) String comments,
                       @RequestParam(required = false) String onBehalfOf,
                       @RequestParam(required = false) String occurredAt, Authentication authentication,
                       HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("input", document, "Input submitted.", authentication, request, redirect,
                actor -> acting.send(new SubmitInput(document, DraftLabel.of(onDraft, "onDraft"),
                        actingDelegation(actor), group(onBehalfOf), comments, proposals(request),
                        instant(occurredAt, "occurredAt")), actor));
    }

    @PostMapping("/meetings")
    String recordMeeting(@PathVariable String id, @RequestParam(required = false) String kind,
                         @RequestParam(required = false) String title, @RequestParam(required = false) String heldOn,
                         @RequestParam(required = false) String summary,
                         @RequestParam(required = false) String occurredAt, Authentication authentication,
                         HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("meeting", document, "Meeting recorded.", authentication, request, redirect,
                actor -> acting.send(new RecordMeeting(document, Forms.choice(MeetingKind.class, kind, "kind"), title,
                        date(heldOn, "heldOn"), summary, instant(occurredAt, "occurredAt")), actor));
    }

    @PostMapping("/supporting-documents")
    String publishSupportingDocument(@PathVariable String id, @RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String title,
                                     @RequestParam(required = false) String url,
                                     @RequestParam(required = false) String occurredAt, Authentication authentication,
                                     HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("supporting-document", document, "Supporting document published.", authentication, request,
                redirect, actor -> acting.send(new PublishSupportingDocument(document,
                        Forms.choice(SupportingDocumentKind.class, kind, "kind"), title, url,
                        instant(occurredAt, "occurredAt")), actor));
    }

    @PostMapping("/input-window")
    String setInputWindow(@PathVariable String id, @RequestParam(required = false) String deadline,
                          @RequestParam(required = false) String deadlineZone,
                          @RequestParam(required = false) String occurredAt, Authentication authentication,
                          HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("input-window", document, "Input window set.", authentication, request, redirect, actor -> {
            OpenInputWindow open = new OpenInputWindow(document,
                    deadline(Forms.zoned(deadline, deadlineZone), "deadline"), instant(occurredAt, "occurredAt"));
            return acting.sendOr(open, NegotiationRule.INPUT_WINDOW_ALREADY_OPEN,
                    () -> new ExtendInputWindow(document, open.deadline(), open.occurredAt()), actor);
        });
    }

    @PostMapping("/silence")
    String startSilence(@PathVariable String id, @RequestParam(required = false) String deadline,
                        @RequestParam(required = false) String deadlineZone,
                        @RequestParam(required = false) String occurredAt, Authentication authentication,
                        HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("start-silence", document, "Silence procedure started.", authentication, request, redirect,
                actor -> acting.send(new StartSilence(document, deadline(Forms.zoned(deadline, deadlineZone),
                        "deadline"), instant(occurredAt, "occurredAt")), actor));
    }

    @PostMapping("/silence/extension")
    String extendSilence(@PathVariable String id, @RequestParam(required = false) String deadline,
                         @RequestParam(required = false) String deadlineZone,
                         @RequestParam(required = false) String occurredAt, Authentication authentication,
                         HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("extend-silence", document, "Silence extended.", authentication, request, redirect,
                actor -> acting.send(new ExtendSilence(document, deadline(Forms.zoned(deadline, deadlineZone),
                        "deadline"), instant(occurredAt, "occurredAt")), actor));
    }

    @PostMapping("/silence/breaks")
    String breakSilence(@PathVariable String id, @RequestParam(required = false) String reason,
                        @RequestParam(required = false) String onBehalfOf,
                        @RequestParam(required = false) String occurredAt, Authentication authentication,
                        HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("break-silence", document, "Silence broken.", authentication, request, redirect,
                actor -> acting.send(new BreakSilence(document, actingDelegation(actor), group(onBehalfOf), reason,
                        proposals(request), instant(occurredAt, "occurredAt")), actor));
    }

    @PostMapping("/consensus")
    String declareConsensus(@PathVariable String id, @RequestParam(required = false) String note,
                            @RequestParam(required = false) String occurredAt, Authentication authentication,
                            HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("consensus", document, "Consensus declared.", authentication, request, redirect,
                actor -> acting.send(new DeclareConsensus(document, note, instant(occurredAt, "occurredAt")), actor));
    }

    @PostMapping("/visibility")
    String changeVisibility(@PathVariable String id, @RequestParam(required = false) String visibility,
                            @RequestParam(required = false) String occurredAt, Authentication authentication,
                            HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("visibility", document, "Who may read it is changed.", authentication, request, redirect,
                actor -> acting.send(new ChangeVisibility(document, Forms.choice(Visibility.class, visibility,
                        "visibility"), instant(occurredAt, "occurredAt")), actor));
    }

    @PostMapping("/withdrawal")
    String withdraw(@PathVariable String id, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) String occurredAt, Authentication authentication,
                    HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("withdraw", document, "Document withdrawn.", authentication, request, redirect,
                actor -> acting.send(new WithdrawDocument(document, reason, instant(occurredAt, "occurredAt")), actor));
    }

    @PostMapping("/co-facilitators")
    String appointCoFacilitators(@PathVariable String id,
                                 @RequestParam(required = false) String letter,
                                 @RequestParam(required = false) String occurredAt, Authentication authentication,
                                 HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("appoint", document, "Co-facilitators appointed.", authentication, request, redirect, actor -> {
            List<CoFacilitator> coFacilitators = new ArrayList<>();
            List<String> codes = Forms.repeated(request, "delegation");
            List<String> representatives = Forms.repeated(request, "representative");
            for (int index = 0; index < codes.size(); index++) {
                if (codes.get(index) != null && !codes.get(index).isBlank()) {
                    String representative = index < representatives.size()
                            ? representatives.get(index) : null;
                    coFacilitators.add(new CoFacilitator(Delegation.of(codes.get(index)), representative));
                }
            }
            AppointCoFacilitators appoint = new AppointCoFacilitators(document, coFacilitators, letter,
                    instant(occurredAt, "occurredAt"));
            return acting.sendOr(appoint, NegotiationRule.CO_FACILITATORS_ALREADY_APPOINTED,
                    () -> new ReplaceCoFacilitators(document, appoint.coFacilitators(), appoint.letter(),
                            appoint.occurredAt()), actor);
        });
    }

    @PostMapping("/adoption")
    String recordAdoption(@PathVariable String id, @RequestParam(required = false) String symbol,
                          @RequestParam(required = false) String adoptedOn,
                          @RequestParam(required = false) String method,
                          @RequestParam(required = false) Integer yes, @RequestParam(required = false) Integer no,
                          @RequestParam(required = false) Integer abstain,
                          @RequestParam(required = false) String draftSymbol,
                          @RequestParam(required = false) String occurredAt, Authentication authentication,
                          HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        return act("adoption", document, "Adoption recorded.", authentication, request, redirect, actor -> {
            boolean voted = yes != null || no != null || abstain != null;
            Votes votes = voted ? new Votes(zero(yes), zero(no), zero(abstain)) : null;
            return acting.send(new RecordAdoption(document, symbol, date(adoptedOn, "adoptedOn"),
                    Forms.choice(AdoptionMethod.class, method, "method"), votes, draftSymbol,
                    instant(occurredAt, "occurredAt")), actor);
        });
    }

    @FunctionalInterface
    private interface Command {
        long send(Actor actor);
    }

    private String act(String form, DocumentId document, String notice, Authentication authentication,
                       HttpServletRequest request, RedirectAttributes redirect, Command command) {
        Actor actor = Forms.actor(authentication);
        Acting.Outcome outcome = acting.attempt(form, document, () -> command.send(actor));
        String page = "/documents/" + document;
        return outcome.succeeded() ? Forms.done(notice, page, outcome.sequence(), redirect)
                : Forms.refused(outcome.problem(), request, DraftEditorController.formPage(form, request, page), redirect);
    }

    /** The text typed into the form, or the one read from the Word file chosen beside it (not both). */
    static String typedOrWord(String text, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return text;
        }
        if (text != null && !text.isBlank()) {
            throw new InvalidValue("text: type the text or choose a Word file, not both");
        }
        return WordDraft.read(file).checkedText();
    }

    /** Rows of the proposals fieldset; a row without a paragraph is an unused row. */
    static List<Proposal> proposals(HttpServletRequest request) {
        List<String> paragraphs = Forms.repeated(request, "paragraph");
        List<String> actions = Forms.repeated(request, "action");
        List<String> texts = Forms.repeated(request, "proposalText");
        List<Proposal> proposals = new ArrayList<>();
        for (int index = 0; index < paragraphs.size(); index++) {
            String paragraph = paragraphs.get(index);
            if (paragraph == null || paragraph.isBlank()) {
                continue;
            }
            ProposalAction action = Forms.choice(ProposalAction.class, index < actions.size() ? actions.get(index) : null,
                    "proposals[].action");
            // the page hides the text box of a deletion, which carries no text: whatever it still holds is not sent
            String text = index < texts.size() && action != ProposalAction.DELETE ? texts.get(index) : null;
            proposals.add(new Proposal(paragraph, action, text));
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

    /** The delegation a delegate acts for; other roles act for none, which the rules refuse. */
    static Delegation actingDelegation(Actor actor) {
        if (actor.delegation() == null) {
            throw new RuleViolation(NegotiationRule.NOT_A_DELEGATE, "only a delegate acts for a delegation; "
                    + actor.username() + " is " + actor.role());
        }
        return actor.delegation();
    }

    private static int zero(Integer count) {
        return count == null ? 0 : count;
    }
}
