package org.draftline.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.draftline.api.compilation.Compilation;
import org.draftline.api.compilation.FindCompilation;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.CompareDrafts;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftSummary;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.draft.FindDraft;
import org.draftline.api.draft.FindDrafts;
import org.draftline.api.draft.Redline;
import org.draftline.api.group.FindGroupsSpokenFor;
import org.draftline.api.history.FindDocumentsTakenPartIn;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryPage;
import org.draftline.api.input.FindInputs;
import org.draftline.api.input.MemberStateInput;
import org.draftline.api.progress.AwaitProjections;
import org.draftline.api.progress.FindReadModelProgress;
import org.draftline.api.progress.ReadModelProgress;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.FindDocument;
import org.draftline.api.status.FindDocuments;
import org.draftline.api.status.DocumentFacets;
import org.draftline.api.status.DocumentPage;
import org.draftline.api.status.FindDocumentFacets;
import org.draftline.api.status.FindDocumentPage;
import org.draftline.platform.acting.Acting;
import org.draftline.platform.web.NotFound;
import org.draftline.platform.web.WaitingReads;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** The read models as the pages ask them, through the query gateway only, as a query side of its own would answer. */
@Component
public class Reading {

    private static final Logger log = LoggerFactory.getLogger(Reading.class);

    /** The pages ask for the read models' progress on every page: never long. */
    private static final Duration PROGRESS_WAIT = Duration.ofSeconds(1);

    private final QueryGateway queries;
    private final WaitingReads waits;
    private final Acting acting;

    Reading(QueryGateway queries, WaitingReads waits, Acting acting) {
        this.queries = queries;
        this.waits = waits;
        this.acting = acting;
    }

    /** Waits, bounded, until every read model has reached {@code sequence} of the document. */
    public boolean await(DocumentId document, long sequence) {
        return acting.awaitReadModels(document, sequence);
    }

    private boolean reached(DocumentId document, long sequence) {
        return Boolean.TRUE.equals(queries.query(new AwaitProjections(document, sequence, Duration.ZERO),
                Boolean.class).join());
    }

    public List<DocumentStatus> documents() {
        return queries.query(new FindDocuments(), ResponseTypes.multipleInstancesOf(DocumentStatus.class)).join();
    }

    public DocumentPage documentPage(FindDocumentPage query) {
        return queries.query(query, DocumentPage.class).join();
    }

    public DocumentFacets documentFacets() {
        return queries.query(new FindDocumentFacets(), DocumentFacets.class).join();
    }

    public Optional<DocumentStatus> findDocument(DocumentId document) {
        return queries.query(new FindDocument(document), ResponseTypes.optionalInstanceOf(DocumentStatus.class))
                .join();
    }

    /** The groups {@code delegation} may speak for at {@code at}: itself when a group, and those whose mandate covers it. */
    public List<Delegation> groupsSpokenFor(Delegation delegation, Instant at) {
        return queries.query(new FindGroupsSpokenFor(delegation, at), ResponseTypes.multipleInstancesOf(Delegation.class))
                .join();
    }

    /** The document's status once the read models show {@code minSequence} (when given); a 404 page otherwise. */
    public DocumentStatus document(String id, Long minSequence) {
        DocumentId document = DocumentId.of(id);
        if (minSequence != null && minSequence >= 0 && !reached(document, minSequence)) {
            try (WaitingReads.Permit place = waits.admit()) {
                await(document, minSequence);
            }
        }
        return findDocument(document).orElseThrow(() -> new NotFound(NegotiationRule.UNKNOWN_DOCUMENT.name(),
                "no document '" + id + "' is registered"));
    }

    /** The documents {@code delegation} takes part in (acted on, spoken for, or co-facilitates): those it follows. */
    public Set<DocumentId> documentsTakenPartIn(Delegation delegation) {
        return Set.copyOf(queries.query(new FindDocumentsTakenPartIn(delegation),
                ResponseTypes.multipleInstancesOf(DocumentId.class)).join());
    }

    public HistoryPage history(FindHistory query) {
        return queries.query(query, HistoryPage.class).join();
    }

    public List<DraftSummary> drafts(DocumentId document) {
        return queries.query(new FindDrafts(document), ResponseTypes.multipleInstancesOf(DraftSummary.class)).join();
    }

    public Optional<DraftVersion> draft(DocumentId document, DraftLabel label) {
        return queries.query(new FindDraft(document, label), ResponseTypes.optionalInstanceOf(DraftVersion.class))
                .join();
    }

    public Optional<Redline> compare(DocumentId document, DraftLabel from, DraftLabel to) {
        return queries.query(new CompareDrafts(document, from, to), ResponseTypes.optionalInstanceOf(Redline.class))
                .join();
    }

    public Optional<Compilation> compilation(DocumentId document, DraftLabel label) {
        return queries.query(new FindCompilation(document, label, null, null),
                ResponseTypes.optionalInstanceOf(Compilation.class)).join();
    }

    /**
     * What the query side answers to this reader, or empty when it keeps it from them (an observer asking for
     * what a members-only document keeps to members): the pages decide nothing of that themselves.
     */
    public static <T> Optional<T> unlessMembersOnly(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (RuntimeException failure) {
            if (isMembersOnly(failure)) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    /** Whether a read failed because the document keeps it to members. */
    public static boolean isMembersOnly(Throwable failure) {
        return RuleViolation.in(failure).map(violation -> violation.rule() == NegotiationRule.MEMBERS_ONLY)
                .orElse(false);
    }

    public List<MemberStateInput> inputs(DocumentId document, Delegation delegation) {
        return queries.query(new FindInputs(document, delegation, null, null),
                ResponseTypes.multipleInstancesOf(MemberStateInput.class)).join();
    }

    /** How far the read models have read the record; empty when the query side does not answer at once. */
    public Optional<ReadModelProgress> readModelProgress() {
        try {
            return Optional.of(queries.query(new FindReadModelProgress(), ReadModelProgress.class)
                    .get(PROGRESS_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            log.debug("The read models' progress is not known: {}", e.toString());
            return Optional.empty();
        }
    }
}
