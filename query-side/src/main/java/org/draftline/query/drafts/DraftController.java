package org.draftline.query.drafts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.CompareDrafts;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.Redline;
import org.draftline.api.draft.DraftSummary;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.reading.FindNegotiatingText;
import org.draftline.api.reading.NegotiatingText;
import org.draftline.api.draft.FindDraft;
import org.draftline.api.draft.FindDrafts;
import org.draftline.api.file.DraftFileFormat;
import org.draftline.api.file.RenderDraftFile;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.platform.web.Downloads;
import org.draftline.platform.web.NotFound;
import org.draftline.query.progress.ReadGate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
    @Operation(summary = "One version's full text, paragraph by paragraph (JSON); or, by ?format= or Accept, the "
            + "draft laid out as the United Nations lays it out: docx, pdf, html, md or txt")
    ResponseEntity<?> draft(@PathVariable String id, @PathVariable String label,
                            @RequestParam(required = false) String format,
                            @RequestParam(required = false) Long minSequence,
                            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        DraftFileFormat file = RenderDraftFile.Part.TEXT.chosen(format, accept);
        reads.open(id, minSequence);
        DraftLabel draftLabel = DraftLabel.of(label);
        if (file != null) {
            return Downloads.of(reads.answer(new RenderDraftFile(DocumentId.of(id), draftLabel,
                    RenderDraftFile.Part.TEXT, null, file), RenderedReport.class));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(reads.answerOptional(new FindDraft(DocumentId.of(id), draftLabel), DraftVersion.class)
                        .orElseThrow(() -> unknownDraft(id, draftLabel)));
    }

    @GetMapping("/{label}/compare")
    @Operation(summary = "The redline from this version to another: paragraphs matched by wording, words inserted and "
            + "deleted; JSON, HTML with ?format=html, or Word with tracked changes with ?format=docx")
    ResponseEntity<?> compare(@PathVariable String id, @PathVariable String label, @RequestParam String with,
                              @RequestParam(required = false) String format,
                              @RequestParam(required = false) Long minSequence,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        DraftFileFormat file = RenderDraftFile.Part.REDLINE.chosen(format, accept);
        reads.open(id, minSequence);
        DraftLabel from = DraftLabel.of(label);
        DraftLabel to = DraftLabel.of(with, "with");
        Redline redline = reads.answerOptional(new CompareDrafts(DocumentId.of(id), from, to), Redline.class)
                .orElseThrow(() -> reads.answerOptional(new FindDraft(DocumentId.of(id), from), DraftVersion.class)
                        .isEmpty() ? unknownDraft(id, from) : unknownDraft(id, to));
        if (file == null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(redline);
        }
        return Downloads.of(reads.answer(new RenderDraftFile(DocumentId.of(id), from, RenderDraftFile.Part.REDLINE,
                to, file), RenderedReport.class));
    }

    @GetMapping("/{label}/negotiating-text")
    @Operation(summary = "The version during readings: each paragraph's status (AGREED_AD_REF, BRACKETED, PENDING, "
            + "DELETED_AD_REF), a bracketed one's alternatives and who supports each, and how much is agreed (JSON); "
            + "or, by ?format= or Accept, the text with its square brackets: docx, pdf or html")
    ResponseEntity<?> negotiatingText(@PathVariable String id, @PathVariable String label,
                                      @RequestParam(required = false) String format,
                                      @RequestParam(required = false) Long minSequence,
                                      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        DraftFileFormat file = RenderDraftFile.Part.NEGOTIATING_TEXT.chosen(format, accept);
        reads.open(id, minSequence);
        DraftLabel draftLabel = DraftLabel.of(label);
        if (file != null) {
            return Downloads.of(reads.answer(new RenderDraftFile(DocumentId.of(id), draftLabel,
                    RenderDraftFile.Part.NEGOTIATING_TEXT, null, file), RenderedReport.class));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(reads.answerOptional(new FindNegotiatingText(DocumentId.of(id), draftLabel),
                        NegotiatingText.class).orElseThrow(() -> unknownDraft(id, draftLabel)));
    }

    private static NotFound unknownDraft(String id, DraftLabel label) {
        return new NotFound(NegotiationRule.UNKNOWN_DRAFT.name(), "no draft '" + label + "' of '" + id
                + "' was circulated");
    }
}
