package org.draftline.web.drafts;

import org.axonframework.queryhandling.QueryGateway;
import org.draftline.api.InvalidValue;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.file.DraftFileFormat;
import org.draftline.api.file.RenderDraftFile;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.status.DocumentStatus;
import org.draftline.platform.web.Downloads;
import org.draftline.platform.web.NotFound;
import org.draftline.web.Reading;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.stream.Collectors;

/**
 * A draft, the redline between two versions, a compilation text and a negotiating text as files for someone signed in to the
 * pages: the same query the API answers ({@link RenderDraftFile}), under the page's session, so the printable
 * redline and the compilation open from the pages without a second sign-in (the API asks for HTTP Basic).
 * Printable HTML unless {@code format} says otherwise.
 */
@Controller
class DraftDownloads {

    private final QueryGateway queries;
    private final Reading reading;

    DraftDownloads(QueryGateway queries, Reading reading) {
        this.queries = queries;
        this.reading = reading;
    }

    @GetMapping("/documents/{id}/drafts/{label}")
    ResponseEntity<byte[]> draft(@PathVariable String id, @PathVariable String label,
                                 @RequestParam(defaultValue = "html") String format) {
        return download(RenderDraftFile.Part.TEXT, id, label, null, format);
    }

    @GetMapping("/documents/{id}/drafts/{label}/compare")
    ResponseEntity<byte[]> redline(@PathVariable String id, @PathVariable String label, @RequestParam String with,
                                   @RequestParam(defaultValue = "html") String format) {
        return download(RenderDraftFile.Part.REDLINE, id, label, with, format);
    }

    @GetMapping("/documents/{id}/drafts/{label}/compilation")
    ResponseEntity<byte[]> compilation(@PathVariable String id, @PathVariable String label,
                                       @RequestParam(defaultValue = "html") String format) {
        return download(RenderDraftFile.Part.COMPILATION, id, label, null, format);
    }

    @GetMapping("/documents/{id}/drafts/{label}/negotiating-text")
    ResponseEntity<byte[]> negotiatingText(@PathVariable String id, @PathVariable String label,
                                           @RequestParam(defaultValue = "html") String format) {
        return download(RenderDraftFile.Part.NEGOTIATING_TEXT, id, label, null, format);
    }

    private ResponseEntity<byte[]> download(RenderDraftFile.Part part, String id, String label, String with,
                                            String format) {
        DraftFileFormat file = part.chosen(format, null);
        if (file == null) {
            throw new InvalidValue("format: '" + format + "' is the API's; the pages offer " + part.offered().stream()
                    .map(DraftFileFormat::extension).collect(Collectors.joining(", ")));
        }
        DocumentStatus document = reading.document(id, null);
        DraftLabel version = circulated(document.id(), DraftLabel.of(label));
        DraftLabel other = with == null ? null : circulated(document.id(), DraftLabel.of(with, "with"));
        return Downloads.of(queries.query(new RenderDraftFile(document.id(), version, part, other, file),
                RenderedReport.class).join());
    }

    /** The version, or a "not found" page before the file is asked for. */
    private DraftLabel circulated(DocumentId document, DraftLabel label) {
        return reading.draft(document, label).map(version -> label)
                .orElseThrow(() -> new NotFound(NegotiationRule.UNKNOWN_DRAFT.name(), "no draft '" + label + "' of '"
                        + document + "' was circulated"));
    }
}
