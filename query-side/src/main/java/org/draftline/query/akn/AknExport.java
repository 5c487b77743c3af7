package org.draftline.query.akn;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftSummary;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.draft.FindDraft;
import org.draftline.api.draft.FindDrafts;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.history.HistoryPage;
import org.draftline.api.integrity.IntegrityCheck;
import org.draftline.api.report.ExportAkn;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.history.HistoryCheck;
import org.draftline.query.integrity.IntegrityChecks;
import org.draftline.query.progress.ReadGate;
import org.draftline.query.status.MembersOnly;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers what the export needs from three read models and writes it. It asks them through the query
 * gateway like every other read, so a query side of its own can answer it, and the API and the pages
 * share it.
 */
@Component
class AknExport {

    private final ReadGate reads;
    private final IntegrityChecks integrity;
    private final HistoryCheck historyCheck;
    private final MembersOnly membersOnly;

    AknExport(ReadGate reads, IntegrityChecks integrity, HistoryCheck historyCheck, MembersOnly membersOnly) {
        this.reads = reads;
        this.integrity = integrity;
        this.historyCheck = historyCheck;
        this.membersOnly = membersOnly;
    }

    @QueryHandler
    RenderedReport handle(ExportAkn query, MetaData reader) {
        membersOnly.require(query.documentId(), reader, "its export, which carries its record and proposals");
        DocumentStatus status = reads.open(query.documentId().value(), null);
        // the export joins three read models: let each catch up with the status it is written beside
        reads.open(query.documentId().value(), status.sequence());
        DocumentId documentId = status.id();
        long writtenUpTo = historyCheck.writtenUpTo(documentId);
        List<HistoryEntry> history = history(documentId).stream()
                .filter(entry -> entry.sequence() <= status.sequence())
                .toList();
        List<DraftSummary> drafts = reads.answerList(new FindDrafts(documentId), DraftSummary.class);
        DraftVersion currentText = drafts.isEmpty() ? null
                : reads.answerOptional(new FindDraft(documentId, drafts.get(drafts.size() - 1).label()),
                        DraftVersion.class).orElse(null);
        IntegrityCheck check = integrity.of(documentId).orElse(null);
        // the chain vouches for the events; the history printed is the read model's, so it must say the same
        HistoryCheck.Disagreement disagreement = check == null || !check.verified() ? null
                : historyCheck.check(documentId, history, writtenUpTo,
                entry -> entry.sequence() <= status.sequence()).orElse(null);
        return new RenderedReport(AknDocument.MEDIA_TYPE, documentId + ".akn.xml",
                AknDocument.render(status, history, drafts, currentText, check, disagreement));
    }

    private List<HistoryEntry> history(DocumentId documentId) {
        List<HistoryEntry> entries = new ArrayList<>();
        int page = 0;
        int totalPages;
        do {
            HistoryPage answer = reads.answer(new FindHistory(documentId, null, null, null, null, null, page,
                    FindHistory.MAX_PAGE_SIZE), HistoryPage.class);
            entries.addAll(answer.entries());
            totalPages = answer.entries().isEmpty() ? 0 : answer.totalPages();
            page++;
        } while (page < totalPages);
        return entries;
    }
}
