package org.draftline.query.compilation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.compilation.Compilation;
import org.draftline.api.compilation.Compilation.CompiledParagraph;
import org.draftline.api.compilation.Compilation.CompiledProposal;
import org.draftline.api.compilation.Compilation.DelegationTakeUp;
import org.draftline.api.compilation.FindCompilation;
import org.draftline.api.Recorded;
import org.draftline.api.compilation.TakeUp;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.draft.Circulation;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.Paragraph;
import org.draftline.api.draft.Proposal;
import org.draftline.query.progress.ProgressRecorder;
import org.draftline.query.progress.Projection;
import org.draftline.query.status.MembersOnly;
import org.draftline.query.redline.TakeUpJudge;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compilation text: each version's paragraphs with every proposal made on them, in input or in a
 * silence break, attributed and in the order received, and whether the next version took each up.
 */
@Component
@ProcessingGroup(CompilationProjection.NAME)
class CompilationProjection extends Projection {

    static final String NAME = "compilation";

    private final CompilationTables tables;
    private final MembersOnly membersOnly;

    CompilationProjection(CompilationTables tables, ProgressRecorder progress, MembersOnly membersOnly) {
        super(NAME, progress);
        this.tables = tables;
        this.membersOnly = membersOnly;
    }

    @Override
    protected void project(DocumentEvent event, Position position) {
        long sequence = position.sequence();
        Circulation.of(event).ifPresent(circulated ->
                tables.insertVersion(event.documentId(), circulated.label(), sequence, circulated.text(),
                        circulated.paragraphs()));
        if (event instanceof SilenceStarted started) {
            tables.insertSilence(event.documentId(), started.procedure(), started.onDraft());
        } else if (event instanceof InputSubmitted input) {
            tables.insertProposals(event.documentId(), sequence, input.onDraft(), input.proposals(), input.delegation(),
                    input.onBehalfOf(), "INPUT", input.occurredAt());
        } else if (event instanceof SilenceBroken broken) {
            tables.silenceDraft(event.documentId(), broken.procedure()).ifPresent(onDraft ->
                    tables.insertProposals(event.documentId(), sequence, onDraft, broken.proposals(),
                            broken.delegation(), broken.onBehalfOf(), "SILENCE_BREAK", broken.occurredAt()));
        }
    }

    @Override
    protected void clear() {
        tables.emptyForReplay();
    }

    @QueryHandler
    Optional<Compilation> handle(FindCompilation query, MetaData reader) {
        membersOnly.require(query.documentId(), reader, "its compilation of proposals");
        return tables.version(query.documentId(), query.label()).map(version -> compile(query, version));
    }

    private Compilation compile(FindCompilation query, CompilationTables.Version version) {
        DraftText text = version.read();
        Optional<CompilationTables.Version> next = tables.versionAfter(query.documentId(), version.sequence());
        Optional<TakeUpJudge> judge = next.map(later -> new TakeUpJudge(text, later.read()));
        Map<String, List<CompiledProposal>> byParagraph = new LinkedHashMap<>();
        for (CompilationTables.StoredProposal stored : tables.proposals(query.documentId(), query.label())) {
            CompiledProposal proposal = stored.proposal();
            TakeUp takeUp = judge.map(j -> j.judge(Recorded.read(() -> new Proposal(stored.paragraph(),
                    proposal.action(), proposal.text())))).orElse(null);
            byParagraph.computeIfAbsent(stored.paragraph(), label -> new ArrayList<>())
                    .add(new CompiledProposal(proposal.sequence(), proposal.source(), proposal.delegation(),
                            proposal.onBehalfOf(), proposal.action(), proposal.text(), proposal.occurredAt(), takeUp));
        }
        List<CompiledParagraph> paragraphs = new ArrayList<>();
        for (Paragraph paragraph : text.paragraphs()) {
            if (query.paragraph() != null && !query.paragraph().equals(paragraph.label())) {
                continue;
            }
            List<CompiledProposal> proposals = byParagraph.getOrDefault(paragraph.label(), List.of()).stream()
                    .filter(proposal -> query.delegation() == null || speaksFor(proposal, query.delegation()))
                    .toList();
            paragraphs.add(new CompiledParagraph(paragraph.label(), paragraph.text(), proposals));
        }
        return new Compilation(version.label(), version.label().displayName(),
                next.map(CompilationTables.Version::label).orElse(null), paragraphs, takeUp(paragraphs));
    }

    private static boolean speaksFor(CompiledProposal proposal, Delegation delegation) {
        return delegation.equals(proposal.delegation()) || delegation.equals(proposal.onBehalfOf());
    }

    /** Per delegation (a group statement counts for the group), in the order they first proposed. */
    private static List<DelegationTakeUp> takeUp(List<CompiledParagraph> paragraphs) {
        Map<Delegation, int[]> counts = new LinkedHashMap<>();
        paragraphs.stream().flatMap(paragraph -> paragraph.proposals().stream())
                .sorted(java.util.Comparator.comparingLong(CompiledProposal::sequence))
                .forEach(proposal -> {
                    int[] count = counts.computeIfAbsent(
                            proposal.onBehalfOf() == null ? proposal.delegation() : proposal.onBehalfOf(),
                            delegation -> new int[5]);
                    count[0]++;
                    if (proposal.takeUp() != null) {
                        count[1 + proposal.takeUp().ordinal()]++;
                    }
                });
        List<DelegationTakeUp> takeUp = new ArrayList<>();
        counts.forEach((delegation, count) -> takeUp.add(new DelegationTakeUp(delegation, count[0], count[1],
                count[2], count[3], count[4])));
        return takeUp;
    }
}
