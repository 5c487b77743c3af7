package org.draftline.query.akn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.report.ExportAkn;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.progress.ReadGate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Akoma Ntoso export, so that parliamentary and UN document systems can take in a negotiation's record and
 * text in the standard they already read; the {@code ExportAkn} query writes it.
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
        return reads.answer(new ExportAkn(status.id()), RenderedReport.class).content();
    }
}
