package org.draftline.query.drafts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftSummary;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.draft.FindDraft;
import org.draftline.api.draft.FindDrafts;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.platform.web.NotFound;
import org.draftline.query.progress.ReadGate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/documents/{id}/drafts")
@Tag(name = "Drafts", description = "The draft versions and their texts")
class DraftController {

    private final ReadGate reads;

    DraftController(ReadGate reads) {
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "The draft versions in the order they were circulated")
    List<DraftSummary> drafts(@PathVariable String id, @RequestParam(required = false) Long minSequence) {
        reads.open(id, minSequence);
        return reads.answerList(new FindDrafts(DocumentId.of(id)), DraftSummary.class);
    }

    @GetMapping("/{label}")
    @Operation(summary = "One version's full text, paragraph by paragraph")
    DraftVersion draft(@PathVariable String id, @PathVariable String label,
                       @RequestParam(required = false) Long minSequence) {
        reads.open(id, minSequence);
        DraftLabel draftLabel = DraftLabel.of(label);
        return reads.answerOptional(new FindDraft(DocumentId.of(id), draftLabel), DraftVersion.class)
                .orElseThrow(() -> new NotFound(NegotiationRule.UNKNOWN_DRAFT.name(),
                        "no draft '" + draftLabel + "' of '" + id + "' was circulated"));
    }
}
