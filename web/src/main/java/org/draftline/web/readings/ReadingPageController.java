package org.draftline.web.readings;

import jakarta.servlet.http.HttpServletRequest;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.reading.Alternative;
import org.draftline.api.reading.NegotiatingText;
import org.draftline.api.reading.ParagraphStatus;
import org.draftline.api.reading.ReadingStatus;
import org.draftline.api.reading.RecordParagraphStatus;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.status.DocumentStatus;
import org.draftline.platform.acting.Acting;
import org.draftline.platform.security.SignedIn;
import org.draftline.platform.web.NotFound;
import org.draftline.web.Forms;
import org.draftline.web.Problem;
import org.draftline.web.Reading;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A reading of a draft version: its text with each paragraph's status as a coloured margin, the alternatives of
 * a bracketed one and who holds them, and, for the co-facilitators while the version is the current one, a form
 * per paragraph to set its status as the room settles it. Plain forms: it works without scripts, and a status
 * needs no confirmation (the next reading changes it again).
 */
@Controller
class ReadingPageController {

    /** How many alternative wordings a paragraph's form offers at once; a reading rarely weighs more. */
    static final int ALTERNATIVE_SLOTS = 3;

    private final Reading reading;
    private final Acting acting;

    ReadingPageController(Reading reading, Acting acting) {
        this.reading = reading;
        this.acting = acting;
    }

    @GetMapping("/documents/{id}/drafts/{label}/reading")
    String reading(@PathVariable String id, @PathVariable String label,
                   @RequestParam(required = false) Long minSequence, Authentication authentication, Model model) {
        DocumentStatus status = reading.document(id, minSequence);
        DraftLabel draft = DraftLabel.of(label);
        NegotiatingText text = reading.negotiatingText(status.id(), draft)
                .orElseThrow(() -> new NotFound(NegotiationRule.UNKNOWN_DRAFT.name(), "no draft '" + draft + "' of '"
                        + id + "' was circulated"));
        Actor actor = SignedIn.actor(authentication).orElse(null);
        model.addAttribute("document", status);
        model.addAttribute("text", text);
        model.addAttribute("settable", draft.equals(status.currentDraft()) && isCoFacilitator(actor, status));
        model.addAttribute("statuses", Arrays.asList(ReadingStatus.values()));
        model.addAttribute("slots", ALTERNATIVE_SLOTS);
        return "reading";
    }

    @PostMapping("/documents/{id}/drafts/{label}/paragraph-status")
    String recordStatus(@PathVariable String id, @PathVariable String label,
                        @RequestParam(required = false) String paragraph,
                        @RequestParam(required = false) String status,
                        @RequestParam(name = "alternative", required = false) String[] alternatives,
                        @RequestParam(name = "supportedBy", required = false) String[] supporters,
                        Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
        DocumentId document = DocumentId.of(id);
        DraftLabel draft = DraftLabel.of(label);
        String form = "status-" + (paragraph == null ? "" : paragraph.strip());
        Actor actor = Forms.actor(authentication);
        Acting.Outcome outcome = acting.attempt(document, () -> acting.send(new RecordParagraphStatus(document,
                draft, List.of(new ParagraphStatus(paragraph, Forms.choice(ReadingStatus.class, status, "status"),
                alternatives(alternatives, supporters))), null), actor));
        String page = "/documents/" + document + "/drafts/" + draft + "/reading";
        return outcome.succeeded()
                ? Forms.done(paragraph.strip() + ": " + status.toLowerCase().replace('_', ' ') + ".", page,
                outcome.sequence(), redirect)
                : Forms.refused(Problem.of(form, outcome.refusal()), request, page, redirect);
    }

    /**
     * The alternative wordings typed into a paragraph's form, each with its supporters' codes as typed ("MEX, G77"
     * or "MEX G77"); empty slots are left out.
     */
    static List<Alternative> alternatives(String[] texts, String[] supporters) {
        List<Alternative> alternatives = new ArrayList<>();
        int slots = texts == null ? 0 : texts.length;
        for (int index = 0; index < slots; index++) {
            String text = texts[index];
            String codes = supporters != null && index < supporters.length ? supporters[index] : null;
            boolean blank = (text == null || text.isBlank()) && (codes == null || codes.isBlank());
            if (blank) {
                continue;
            }
            List<Delegation> supportedBy = new ArrayList<>();
            for (String code : codes == null ? new String[0] : codes.strip().split("[,;\\s]+")) {
                if (!code.isBlank()) {
                    if (!Delegation.isKnown(code)) {
                        throw new InvalidValue("supportedBy: unknown delegation '" + code + "'; expected codes such as "
                                + "MEX, EU or G77");
                    }
                    supportedBy.add(Delegation.of(code));
                }
            }
            alternatives.add(new Alternative(text, supportedBy));
        }
        return alternatives;
    }

    private static boolean isCoFacilitator(Actor actor, DocumentStatus status) {
        return actor != null && actor.role() == Role.DELEGATE && status.coFacilitators().stream()
                .anyMatch(coFacilitator -> coFacilitator.delegation().equals(actor.delegation()));
    }
}
