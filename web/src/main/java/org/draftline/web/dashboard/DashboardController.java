package org.draftline.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.document.Stage;
import org.draftline.api.document.Visibility;
import org.draftline.api.status.DeadlineView;
import org.draftline.api.status.DocumentCursor;
import org.draftline.api.status.DocumentFacets;
import org.draftline.api.status.DocumentPage;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.FindDocumentPage;
import org.draftline.api.status.SilenceView;
import org.draftline.platform.security.SignedIn;
import org.draftline.platform.acting.Acting;
import org.draftline.platform.acting.Refusal;
import org.draftline.web.Forms;
import org.draftline.web.Problem;
import org.draftline.web.Reading;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.draftline.platform.web.RequestTimes.instant;

/** Every document at a glance, a page at a time, filtered by body, session and stage; the secretariat registers new ones here. */
@Controller
class DashboardController {

    private final Reading reading;
    private final Acting acting;

    DashboardController(Reading reading, Acting acting) {
        this.reading = reading;
        this.acting = acting;
    }

    record Filters(String body, String session, Stage stage, String title) {

        public boolean any() {
            return body != null || session != null || stage != null || title != null;
        }
    }

    /**
     * A listed document that needs this account: what to do, and by when (null: no deadline), as the
     * dashboard's first list says it.
     */
    record Attention(DocumentStatus document, String what, Instant due, boolean coFacilitates) {
    }

    /** A page of the documents that pass the filters, asked of the query side by keyset; "Next" follows the cursor. */
    @GetMapping("/")
    String dashboard(@RequestParam(required = false) String body, @RequestParam(required = false) String session,
                     @RequestParam(required = false) String stage, @RequestParam(required = false) String title,
                     @RequestParam(required = false) String size, @RequestParam(required = false) String after,
                     Authentication authentication, Model model) {
        int pageSize = pageSize(Fields.optional(size));
        FindDocumentPage query = new FindDocumentPage(pageSize, DocumentCursor.parse(after), Fields.optional(body),
                Fields.optional(session), Forms.choice(Stage.class, stage, "stage"), title);
        Filters filters = new Filters(query.body(), query.session(), query.stage(), query.title());
        DocumentPage page = reading.documentPage(query);
        DocumentFacets facets = reading.documentFacets();
        model.addAttribute("filters", filters);
        model.addAttribute("documents", page.documents());
        // a broken silence is named with who broke it and when, not counted down to
        Map<DocumentId, SilenceView> brokenSilences = new HashMap<>();
        page.documents().stream()
                .filter(d -> d.stage() == Stage.SILENCE_BROKEN && d.silence() != null && !d.silence().breaks().isEmpty())
                .forEach(d -> brokenSilences.put(d.id(), d.silence()));
        model.addAttribute("brokenSilences", brokenSilences);
        Actor me = SignedIn.actor(authentication).orElse(null);
        Set<DocumentId> followed = me == null || me.delegation() == null ? Set.of()
                : reading.documentsTakenPartIn(me.delegation());
        model.addAttribute("followed", followed);
        model.addAttribute("attention", attention(me, page.documents(), followed));
        model.addAttribute("next", page.next() == null ? null : page.next().token());
        model.addAttribute("size", pageSize);
        model.addAttribute("total", facets.total());
        model.addAttribute("bodies", facets.bodies());
        model.addAttribute("sessions", facets.sessions());
        model.addAttribute("stages", Arrays.asList(Stage.values()));
        model.addAttribute("kinds", Arrays.asList(DocumentKind.values()));
        model.addAttribute("visibilities", Arrays.asList(Visibility.values()));
        return "dashboard";
    }

    /**
     * What the listed documents ask of a delegate's account, the soonest deadline first: the co-facilitators'
     * next step on their own documents, for every delegation the input due, and the silences running on the
     * texts it follows ({@code followed}: the documents it takes part in).
     */
    static List<Attention> attention(Actor me, List<DocumentStatus> documents, Set<DocumentId> followed) {
        if (me == null || me.delegation() == null) {
            return List.of();
        }
        List<Attention> attention = new ArrayList<>();
        for (DocumentStatus document : documents) {
            boolean coFacilitates = document.coFacilitators().stream()
                    .anyMatch(c -> c.delegation().equals(me.delegation()));
            DeadlineView deadline = document.nextDeadline();
            boolean ahead = deadline != null && deadline.secondsLeft() != null;
            boolean inputDue = ahead && "INPUT_WINDOW".equals(deadline.purpose());
            String what;
            if (coFacilitates) {
                what = switch (document.stage()) {
                    case CO_FACILITATORS_APPOINTED -> "Circulate the zero draft";
                    case SILENCE_BROKEN -> "Silence broken: revise the text";
                    case SILENCE_PASSED -> "Silence passed: circulate the final draft or declare consensus";
                    case UNDER_SILENCE -> "Your text is under silence";
                    default -> inputDue ? "Input is coming in on your text" : null;
                };
            } else if (inputDue) {
                what = "Input due on " + document.currentDraftName();
            } else if (ahead && document.stage() == Stage.UNDER_SILENCE && followed.contains(document.id())) {
                what = "Under silence: break it in writing, or let it pass";
            } else {
                what = null;
            }
            if (what != null) {
                attention.add(new Attention(document, what, ahead ? deadline.utc() : null, coFacilitates));
            }
        }
        attention.sort(Comparator.comparing(Attention::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return attention;
    }

    /** The page size asked in the address, a 400 page (not a failure) when it is no number. */
    private static int pageSize(String size) {
        if (size == null) {
            return FindDocumentPage.DEFAULT_SIZE;
        }
        try {
            return Integer.parseInt(size);
        } catch (NumberFormatException notANumber) {
            throw new org.draftline.api.InvalidValue("size: between 1 and " + FindDocumentPage.MAX_SIZE);
        }
    }

    /** The registration form: the document's id (its address), what it is, and who may read it. */
    record RegisterForm(String id, String title, String kind, String body, String session, String mandate,
                        String visibility, String occurredAt) {

        RegisterDocument command() {
            return new RegisterDocument(DocumentId.of(Fields.required(id, "id")), title,
                    Forms.choice(DocumentKind.class, kind, "kind"), body, session, mandate,
                    instant(occurredAt, "occurredAt"), Forms.choice(Visibility.class, visibility, "visibility"));
        }
    }

    @PostMapping("/documents")
    String register(@ModelAttribute RegisterForm form, Authentication authentication, HttpServletRequest request,
                    RedirectAttributes redirect) {
        Actor actor = Forms.actor(authentication);
        RegisterDocument command;
        try {
            command = form.command();
        } catch (InvalidValue invalid) {
            return Forms.refused(Problem.of("register", Refusal.of(invalid)), request, "/", redirect);
        }
        Acting.Outcome outcome = acting.attempt(command.documentId(), () -> acting.register(command, actor));
        if (outcome.succeeded()) {
            return Forms.done("Registered " + command.title() + ".", "/documents/" + command.documentId(),
                    outcome.sequence(), redirect);
        }
        return Forms.refused(Problem.of("register", outcome.refusal()), request, "/", redirect);
    }

}
