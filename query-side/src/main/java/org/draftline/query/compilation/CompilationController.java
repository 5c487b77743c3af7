package org.draftline.query.compilation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.InvalidValue;
import org.draftline.api.compilation.Compilation;
import org.draftline.api.compilation.FindCompilation;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.Proposal;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.file.DraftFileFormat;
import org.draftline.api.file.RenderDraftFile;
import org.draftline.api.report.RenderedReport;
import org.draftline.platform.web.Downloads;
import org.draftline.platform.web.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.draftline.query.progress.ReadGate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Drafts", description = "The draft versions and their texts")
class CompilationController {

    private final ReadGate reads;

    CompilationController(ReadGate reads) {
        this.reads = reads;
    }

    @GetMapping("/api/documents/{id}/drafts/{label}/compilation")
    @Operation(summary = "Every paragraph of a version with every proposal on it, attributed, and its take-up (JSON); "
            + "or, by ?format= or Accept, the compilation text as a table: docx, pdf, csv or html (all paragraphs)")
    ResponseEntity<?> compilation(@PathVariable String id, @PathVariable String label,
                                  @RequestParam(required = false) String paragraph,
                                  @RequestParam(required = false) String delegation,
                                  @RequestParam(required = false) String format,
                                  @RequestParam(required = false) Long minSequence,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (delegation != null && !Delegation.isKnown(delegation)) {
            throw new InvalidValue("delegation: unknown delegation '" + delegation + "'");
        }
        DraftFileFormat file = RenderDraftFile.Part.COMPILATION.chosen(format, accept);
        reads.open(id, minSequence);
        DraftLabel draft = DraftLabel.of(label);
        if (file != null) {
            return Downloads.of(reads.answer(new RenderDraftFile(DocumentId.of(id), draft,
                    RenderDraftFile.Part.COMPILATION, null, file), RenderedReport.class));
        }
        FindCompilation query = new FindCompilation(DocumentId.of(id), draft,
                paragraph == null ? null : Proposal.label(paragraph),
                delegation == null ? null : Delegation.of(delegation));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reads.answerOptional(query,
                        Compilation.class)
                .orElseThrow(() -> new NotFound(NegotiationRule.UNKNOWN_DRAFT.name(),
                        "no draft '" + draft + "' of '" + id + "' was circulated")));
    }
}
