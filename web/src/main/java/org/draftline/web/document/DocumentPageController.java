package org.draftline.web.document;

import org.draftline.api.actor.Actor;
import org.draftline.api.compilation.Compilation;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftSummary;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.draft.Paragraph;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.input.MemberStateInput;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.SupportingDocumentKind;
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
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * A document's page: where it stands, its record, its texts and what changed, the input on them, the
 * silence procedure, and the acts this user may take now. {@code minSequence} waits for the read models,
 * so a page fetched after a live notice shows the act it announced.
 */
@Controller
class DocumentPageController {

    /** The whole record fits one timeline for any negotiation people follow; the history page pages it. */
    private static final int TIMELINE_ENTRIES = FindHistory.MAX_PAGE_SIZE;

    private final Reading reading;
    private final Clock clock;

    DocumentPageController(Reading reading, Clock clock) {
        this.reading = reading;
        this.clock = clock;
    }

    record Report(String name, String page) {
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable String id, @RequestParam(required = false) Long minSequence,
                    @RequestParam(required = false) String compilation, Authentication authentication, Model model) {
        DocumentStatus status = reading.document(id, minSequence);
        DocumentId document = status.id();
        Actor actor = SignedIn.actor(authentication).orElse(null);
        List<DraftVersion> drafts = reading.drafts(document).stream()
                .map(summary -> reading.draft(document, summary.label()))
                .flatMap(Optional::stream)
                .toList();
        Optional<List<HistoryEntry>> timeline = Reading.unlessMembersOnly(() -> reading.history(new FindHistory(
                document, null, null, null, null, null, 0, TIMELINE_ENTRIES)).entries());
        Optional<List<MemberStateInput>> inputs = Reading.unlessMembersOnly(() -> reading.inputs(document, null));
        DraftLabel compiled = compilation == null || compilation.isBlank()
                ? defaultCompilation(drafts, inputs.orElse(List.of())) : DraftLabel.of(compilation);
        Optional<Compilation> compiledText = compiled == null || inputs.isEmpty() ? Optional.empty()
                : reading.compilation(document, compiled);

        model.addAttribute("document", status);
        model.addAttribute("drafts", drafts);
        // an observer of a members-only document: the page says what it leaves out, and why
        model.addAttribute("membersOnly", timeline.isEmpty() || inputs.isEmpty());
        model.addAttribute("timeline", timeline.orElse(List.of()));
        model.addAttribute("inputs", inputs.orElse(List.of()));
        model.addAttribute("compilation", compiledText.orElse(null));
        Instant now = clock.instant();
        Offered offered = Offered.to(actor, status, now);
        model.addAttribute("offered", offered);
        // a form typed into and sent back (refused, or changed after its confirmation) is shown even when it is
        // no longer offered, with every word, and says why it can no longer be sent
        TypedValues typed = model.getAttribute("values") instanceof TypedValues values ? values : null;
        String kept = typed != null && Offered.isCard(typed.form()) && !offered.shows(typed.form()) ? typed.form() : null;
        model.addAttribute("kept", kept);
        model.addAttribute("keptReason", kept == null ? null : Overtaken.reason(kept, typed, status, actor, now));
        model.addAttribute("currentParagraphs", drafts.isEmpty() ? List.<String>of()
                : drafts.get(drafts.size() - 1).paragraphs().stream().map(Paragraph::label).toList());
        model.addAttribute("silenceParagraphs", status.silence() == null ? List.<String>of()
                : drafts.stream().filter(d -> d.label().equals(status.silence().onDraft())).findFirst()
                .map(d -> d.paragraphs().stream().map(Paragraph::label).toList()).orElse(List.of()));
        model.addAttribute("breakAmendments", breakAmendments(status, compiledText.orElse(null), document,
                inputs.isPresent()));
        model.addAttribute("compareFrom", drafts.size() > 1 ? drafts.get(drafts.size() - 2).label().value() : null);
        model.addAttribute("compareTo", drafts.isEmpty() ? null : drafts.get(drafts.size() - 1).label().value());
        model.addAttribute("reports", timeline.isEmpty() ? List.of() : reports(document));
        model.addAttribute("groups", groupsSpokenForBy(actor));
        model.addAttribute("states", Delegation.all().stream().filter(Delegation::isState).toList());
        model.addAttribute("proposalActions", Arrays.asList(ProposalAction.values()));
        model.addAttribute("meetingKinds", Arrays.asList(MeetingKind.values()));
        model.addAttribute("supportingKinds", Arrays.asList(SupportingDocumentKind.values()));
        model.addAttribute("adoptionMethods", Arrays.asList(AdoptionMethod.values()));
        return "document";
    }

    @GetMapping("/documents/{id}/compare")
    String compare(@PathVariable String id, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        DocumentStatus status = reading.document(id, null);
        List<DraftSummary> drafts = reading.drafts(status.id());
        if (drafts.isEmpty()) {
            throw new NotFound("UNKNOWN_DRAFT", "no draft of '" + id + "' has been circulated yet");
        }
        DraftLabel older = from == null || from.isBlank()
                ? drafts.get(Math.max(0, drafts.size() - 2)).label() : DraftLabel.of(from);
        DraftLabel newer = to == null || to.isBlank() ? drafts.get(drafts.size() - 1).label() : DraftLabel.of(to);
        model.addAttribute("document", status);
        model.addAttribute("drafts", drafts);
        model.addAttribute("from", older.value());
        model.addAttribute("to", newer.value());
        model.addAttribute("redline", reading.compare(status.id(), older, newer)
                .orElseThrow(() -> new NotFound("UNKNOWN_DRAFT", "no version '" + older + "' or '" + newer + "' of '"
                        + id + "'")));
        return "compare";
    }

    /**
     * The amendments each delegation proposed when it broke the latest silence, as the compilation of the
     * text under silence holds them ("OP2: amend to read ..."); none for an observer of a members-only document.
     */
    private Map<Delegation, List<String>> breakAmendments(DocumentStatus status, Compilation shown, DocumentId document,
                                                         boolean membersMayRead) {
        if (!membersMayRead || status.silence() == null || status.silence().breaks().isEmpty()) {
            return Map.of();
        }
        DraftLabel onDraft = status.silence().onDraft();
        Optional<Compilation> compilation = shown != null && shown.label().equals(onDraft) ? Optional.of(shown)
                : reading.compilation(document, onDraft);
        Map<Delegation, List<String>> amendments = new LinkedHashMap<>();
        compilation.ifPresent(text -> text.paragraphs().forEach(paragraph -> paragraph.proposals().stream()
                .filter(proposal -> "SILENCE_BREAK".equals(proposal.source()))
                .forEach(proposal -> amendments.computeIfAbsent(proposal.delegation(), key -> new ArrayList<>())
                        .add(Proposals.describe(paragraph.label(), proposal.action(), proposal.text())))));
        return amendments;
    }

    /** The groups a delegate's delegation may speak for now; the server still judges the act's own time. */
    private List<Delegation> groupsSpokenForBy(Actor actor) {
        return actor == null || actor.delegation() == null ? List.of()
                : reading.groupsSpokenFor(actor.delegation(), clock.instant());
    }

    private static List<Report> reports(DocumentId document) {
        String reports = "/documents/" + document + "/reports/";
        return List.of(new Report("Timeline", reports + "timeline"),
                new Report("Participation", reports + "participation"),
                new Report("Silence procedures", reports + "silence"),
                new Report("Audit trail", reports + "audit-trail"));
    }

    /** The newest version that received proposals (its take-up is known once the next one is out), else the current. */
    private static DraftLabel defaultCompilation(List<DraftVersion> drafts, List<MemberStateInput> inputs) {
        if (drafts.isEmpty()) {
            return null;
        }
        return inputs.stream().filter(input -> !input.proposals().isEmpty()).map(MemberStateInput::onDraft)
                .reduce((first, second) -> second)
                .orElse(drafts.get(drafts.size() - 1).label());
    }
}
