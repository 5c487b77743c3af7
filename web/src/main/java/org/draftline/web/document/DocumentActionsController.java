package org.draftline.web.document;

import jakarta.servlet.http.HttpServletRequest;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.ReplaceCoFacilitators;
import org.draftline.api.draft.ExtendInputWindow;
import org.draftline.api.draft.OpenInputWindow;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.platform.acting.Acting;
import org.draftline.web.Forms;
import org.draftline.web.Problem;
import org.draftline.web.document.ActForms.AdoptionForm;
import org.draftline.web.document.ActForms.AppointForm;
import org.draftline.web.document.ActForms.BreakForm;
import org.draftline.web.document.ActForms.ConsensusForm;
import org.draftline.web.document.ActForms.DeadlineForm;
import org.draftline.web.document.ActForms.DraftForm;
import org.draftline.web.document.ActForms.InputForm;
import org.draftline.web.document.ActForms.MeetingForm;
import org.draftline.web.document.ActForms.SupportingDocumentForm;
import org.draftline.web.document.ActForms.VisibilityForm;
import org.draftline.web.document.ActForms.WithdrawalForm;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The document page's forms: each binds its form object, builds the command the API would (its constructor
 * checks the fields), sends it as the signed-in account through {@link Acting}, and returns to the page with a
 * notice or with the refusal beside the form. The negotiation's rules decide; the page only offers what they
 * would allow.
 */
@Controller
@RequestMapping("/documents/{id}")
class DocumentActionsController {

    private final Acting acting;

    DocumentActionsController(Acting acting) {
        this.acting = acting;
    }

    @PostMapping("/zero-draft")
    String circulateZeroDraft(@PathVariable String id, @ModelAttribute DraftForm form, Authentication authentication,
                              HttpServletRequest request, RedirectAttributes redirect) {
        return act("zero-draft", id, "Zero draft circulated.", authentication, request, redirect,
                document -> form.zeroDraft(document));
    }

    @PostMapping("/revised-drafts")
    String circulateRevisedDraft(@PathVariable String id, @ModelAttribute DraftForm form,
                                 Authentication authentication, HttpServletRequest request,
                                 RedirectAttributes redirect) {
        return act("revised-draft", id, "Revised draft circulated.", authentication, request, redirect,
                document -> form.revisedDraft(document));
    }

    @PostMapping("/final-draft")
    String circulateFinalDraft(@PathVariable String id, @ModelAttribute DraftForm form, Authentication authentication,
                               HttpServletRequest request, RedirectAttributes redirect) {
        return act("final-draft", id, "Final draft circulated.", authentication, request, redirect,
                document -> form.finalDraft(document));
    }

    @PostMapping("/inputs")
    String submitInput(@PathVariable String id, @ModelAttribute InputForm form, Authentication authentication,
                       HttpServletRequest request, RedirectAttributes redirect) {
        Actor actor = Forms.actor(authentication);
        return act("input", id, "Input submitted.", authentication, request, redirect,
                document -> form.command(document, actor));
    }

    @PostMapping("/meetings")
    String recordMeeting(@PathVariable String id, @ModelAttribute MeetingForm form, Authentication authentication,
                         HttpServletRequest request, RedirectAttributes redirect) {
        return act("meeting", id, "Meeting recorded.", authentication, request, redirect,
                document -> form.command(document));
    }

    @PostMapping("/supporting-documents")
    String publishSupportingDocument(@PathVariable String id, @ModelAttribute SupportingDocumentForm form,
                                     Authentication authentication, HttpServletRequest request,
                                     RedirectAttributes redirect) {
        return act("supporting-document", id, "Supporting document published.", authentication, request, redirect,
                document -> form.command(document));
    }

    @PostMapping("/input-window")
    String setInputWindow(@PathVariable String id, @ModelAttribute DeadlineForm form, Authentication authentication,
                          HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        Actor actor = Forms.actor(authentication);
        return outcome("input-window", document, "Input window set.", request, redirect, () -> {
            OpenInputWindow open = form.openInputWindow(document);
            return acting.sendOr(open, NegotiationRule.INPUT_WINDOW_ALREADY_OPEN,
                    () -> new ExtendInputWindow(document, open.deadline(), open.occurredAt()), actor);
        });
    }

    @PostMapping("/silence")
    String startSilence(@PathVariable String id, @ModelAttribute DeadlineForm form, Authentication authentication,
                        HttpServletRequest request, RedirectAttributes redirect) {
        return act("start-silence", id, "Silence procedure started.", authentication, request, redirect,
                document -> form.startSilence(document));
    }

    @PostMapping("/silence/extension")
    String extendSilence(@PathVariable String id, @ModelAttribute DeadlineForm form, Authentication authentication,
                         HttpServletRequest request, RedirectAttributes redirect) {
        return act("extend-silence", id, "Silence extended.", authentication, request, redirect,
                document -> form.extendSilence(document));
    }

    @PostMapping("/silence/breaks")
    String breakSilence(@PathVariable String id, @ModelAttribute BreakForm form, Authentication authentication,
                        HttpServletRequest request, RedirectAttributes redirect) {
        Actor actor = Forms.actor(authentication);
        return act("break-silence", id, "Silence broken.", authentication, request, redirect,
                document -> form.command(document, actor));
    }

    @PostMapping("/consensus")
    String declareConsensus(@PathVariable String id, @ModelAttribute ConsensusForm form,
                            Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
        return act("consensus", id, "Consensus declared.", authentication, request, redirect,
                document -> form.command(document));
    }

    @PostMapping("/visibility")
    String changeVisibility(@PathVariable String id, @ModelAttribute VisibilityForm form,
                            Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
        return act("visibility", id, "Who may read it is changed.", authentication, request, redirect,
                document -> form.command(document));
    }

    @PostMapping("/withdrawal")
    String withdraw(@PathVariable String id, @ModelAttribute WithdrawalForm form, Authentication authentication,
                    HttpServletRequest request, RedirectAttributes redirect) {
        return act("withdraw", id, "Document withdrawn.", authentication, request, redirect,
                document -> form.command(document));
    }

    @PostMapping("/co-facilitators")
    String appointCoFacilitators(@PathVariable String id, @ModelAttribute AppointForm form,
                                 Authentication authentication, HttpServletRequest request,
                                 RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        Actor actor = Forms.actor(authentication);
        return outcome("appoint", document, "Co-facilitators appointed.", request, redirect, () -> {
            AppointCoFacilitators appoint = form.command(document);
            return acting.sendOr(appoint, NegotiationRule.CO_FACILITATORS_ALREADY_APPOINTED,
                    () -> new ReplaceCoFacilitators(document, appoint.coFacilitators(), appoint.letter(),
                            appoint.occurredAt()), actor);
        });
    }

    @PostMapping("/adoption")
    String recordAdoption(@PathVariable String id, @ModelAttribute AdoptionForm form, Authentication authentication,
                          HttpServletRequest request, RedirectAttributes redirect) {
        return act("adoption", id, "Adoption recorded.", authentication, request, redirect,
                document -> form.command(document));
    }

    /** Sends the command the form builds for the document, as the signed-in account. */
    private String act(String form, String id, String notice, Authentication authentication,
                       HttpServletRequest request, RedirectAttributes redirect, Function<DocumentId, Object> command) {
        DocumentId document = DocumentId.of(id);
        Actor actor = Forms.actor(authentication);
        return outcome(form, document, notice, request, redirect,
                () -> acting.send(command.apply(document), actor));
    }

    private String outcome(String form, DocumentId document, String notice, HttpServletRequest request,
                           RedirectAttributes redirect, LongSupplier send) {
        Acting.Outcome outcome = acting.attempt(document, send);
        String page = "/documents/" + document;
        return outcome.succeeded() ? Forms.done(notice, page, outcome.sequence(), redirect)
                : Forms.refused(Problem.of(form, outcome.refusal()), request, page, redirect);
    }
}
