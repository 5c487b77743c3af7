package org.draftline.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.document.DocumentId;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryPage;
import org.draftline.platform.web.HistoryFilters;
import org.draftline.query.progress.ReadGate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents/{id}/history")
@Tag(name = "History", description = "The audit trail of a document")
class HistoryController {

    private final ReadGate reads;

    HistoryController(ReadGate reads) {
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "Every act on the record, oldest first: who, when (real world and recorded), what")
    HistoryPage history(@PathVariable String id, @RequestParam(required = false) String type,
                        @RequestParam(required = false) String delegation,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) String asOf,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                        @RequestParam(required = false) Long minSequence) {
        HistoryFilters filters = HistoryFilters.api(type, delegation, from, to, asOf);
        FindHistory query = new FindHistory(DocumentId.of(id), filters.type(), filters.delegation(), filters.from(),
                filters.to(), filters.asOf(), page, size);
        reads.await(query.documentId(), minSequence);
        HistoryPage history = reads.answer(query, HistoryPage.class);
        if (history.totalEntries() == 0) {
            // every registered document has entries, though filters may match none: not found, or empty
            reads.open(id, null);
        }
        return history;
    }
}
