package org.draftline.query.akn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftSummary;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.draft.FindDraft;
import org.draftline.api.draft.FindDrafts;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.history.HistoryPage;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.progress.ReadGate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/**
 * The Akoma Ntoso export, so that parliamentary and UN document systems can take in a negotiation's record and
 * text in the standard they already read. It asks the read models through the query gateway like every other
 * read, so a query side of its own can answer it.
 */
@RestController
@Tag(name = "Exports", description = "A document's record in standard formats for other systems")
class AknExportController {

    private static final String AKN_XML_UTF8 = AknDocument.MEDIA_TYPE + ";charset=UTF-8";
    private static final String XML_UTF8 = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8";

    private final ReadGate reads;

    AknExportController(ReadGate reads) {
        this.reads = reads;
    }

    @GetMapping(value = "/api/documents/{id}/export/akn", produces = {AKN_XML_UTF8, XML_UTF8})
    @Operation(summary = "The document's history and current text as Akoma Ntoso 3.0 XML (application/akn+xml, or "
            + "application/xml when asked for)")
    byte[] akomaNtoso(@PathVariable String id, @RequestParam(required = false) Long minSequence) {
        DocumentStatus status = reads.open(id, minSequence);
        // the export joins three read models: let each catch up with the status it is written beside
        reads.open(id, status.sequence());
        DocumentId documentId = status.id();
        List<HistoryEntry> history = history(documentId).stream()
                .filter(entry -> entry.sequence() <= status.sequence())
                .toList();
        List<DraftSummary> drafts = reads.answerList(new FindDrafts(documentId), DraftSummary.class);
        DraftVersion currentText = drafts.isEmpty() ? null
                : reads.answerOptional(new FindDraft(documentId, drafts.get(drafts.size() - 1).label()),
                        DraftVersion.class).orElse(null);
        return AknDocument.render(status, history, drafts, currentText);
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
