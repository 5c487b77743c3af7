package org.draftline.web.document;

import jakarta.servlet.http.HttpServletRequest;
import org.draftline.api.actor.Actor;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.status.DocumentStatus;
import org.draftline.platform.security.SignedIn;
import org.draftline.platform.web.NotFound;
import org.draftline.web.Reading;
import org.draftline.web.TypedValues;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The wide editor for a whole draft (zero, revised, final): the text in a page of its own, the paragraph
 * numbering the rules will read from it previewed before circulating (posted to this page, so it works without
 * JavaScript; the page also refreshes the preview as one types), and the same confirmation step as the card on
 * the document's page. A revision starts from the current text. Nothing is recorded here.
 */
@Controller
@RequestMapping("/documents/{id}/write/{form}")
class DraftEditorController {

    /** The value of the {@code editor} field the editor's form sends, so the confirmation comes back here. */
    static final String WIDE = "wide";

    /** The circulations written here, and what the page calls each. */
    private static final Map<String, String> FORMS = Map.of(
            "zero-draft", "the zero draft",
            "revised-draft", "a revised draft",
            "final-draft", "the final draft");

    private final Reading reading;
    private final Clock clock;

    DraftEditorController(Reading reading, Clock clock) {
        this.reading = reading;
        this.clock = clock;
    }

    /** Where a draft's form was filled in: the wide editor, or (otherwise) the card on the document's page. */
    static String formPage(String form, HttpServletRequest request, String documentPage) {
        return FORMS.containsKey(form) && WIDE.equals(request.getParameter("editor"))
                ? documentPage + "/write/" + form : documentPage;
    }

    @GetMapping
    String write(@PathVariable String id, @PathVariable String form, Authentication authentication, Model model) {
        DocumentStatus status = reading.document(id, null);
        // what was typed comes back after a refusal or a step back from the confirmation; else a revision
        // starts from the text under negotiation
        TypedValues typed = model.getAttribute("values") instanceof TypedValues values && values.form().equals(form)
                ? values : startingFrom(form, status);
        return page(form, status, typed, false, authentication, model);
    }

    @PostMapping
    String preview(@PathVariable String id, @PathVariable String form, Authentication authentication,
                   HttpServletRequest request, Model model) {
        DocumentStatus status = reading.document(id, null);
        return page(form, status, TypedValues.of(form, request), true, authentication, model);
    }

    private String page(String form, DocumentStatus status, TypedValues typed, boolean previewed,
                        Authentication authentication, Model model) {
        if (!FORMS.containsKey(form)) {
            throw new NotFound("UNKNOWN_FORM", "no draft '" + form + "' is written here; expected "
                    + String.join(", ", FORMS.keySet().stream().sorted().toList()));
        }
        Actor actor = SignedIn.actor(authentication).orElse(null);
        Instant now = clock.instant();
        Offered offered = Offered.to(actor, status, now);
        String text = typed.first("text");
        model.addAttribute("document", status);
        model.addAttribute("form", form);
        model.addAttribute("what", FORMS.get(form));
        model.addAttribute("values", typed);
        model.addAttribute("offered", offered.shows(form));
        model.addAttribute("notOffered", offered.shows(form) ? null : Overtaken.reason(form, typed, status, actor, now));
        model.addAttribute("startedFrom", form.equals("zero-draft") || status.currentDraftName() == null ? null
                : status.currentDraftName());
        model.addAttribute("preview", previewed || (text != null && !text.isBlank()) ? NumberingPreview.of(text) : null);
        return "write";
    }

    /** A revised or final draft starts from the current text as circulated; the zero draft from nothing. */
    private TypedValues startingFrom(String form, DocumentStatus status) {
        String text = form.equals("zero-draft") || status.currentDraft() == null ? ""
                : reading.draft(status.id(), status.currentDraft()).map(DraftVersion::text).orElse("");
        return new TypedValues(form, Map.of("text", List.of(text)));
    }
}
