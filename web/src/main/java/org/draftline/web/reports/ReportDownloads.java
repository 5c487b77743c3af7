package org.draftline.web.reports;

import org.axonframework.queryhandling.QueryGateway;
import org.draftline.api.document.DocumentId;
import org.draftline.api.report.ExportAkn;
import org.draftline.api.report.RenderReport;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.report.ReportFormat;
import org.draftline.api.report.ReportKind;
import org.draftline.platform.web.Downloads;
import org.draftline.platform.web.RequestTimes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The reports in every format and the Akoma Ntoso export for someone signed in to the pages: the same
 * queries the API answers, under the page's session, so no second sign-in is asked for.
 */
@Controller
class ReportDownloads {

    private final QueryGateway queries;
    private final Clock clock;

    ReportDownloads(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/documents/{id}/reports/{report:timeline|participation|silence|audit-trail}")
    ResponseEntity<byte[]> documentReport(@PathVariable String id, @PathVariable String report,
                                          @RequestParam(defaultValue = "html") String format,
                                          @RequestParam(required = false) String asOf) {
        return download(ReportKind.valueOf(report.toUpperCase(Locale.ROOT).replace('-', '_')), id, format, asOf);
    }

    @GetMapping("/delegations/{code}/activity")
    ResponseEntity<byte[]> delegationActivity(@PathVariable String code,
                                              @RequestParam(defaultValue = "html") String format,
                                              @RequestParam(required = false) String asOf) {
        return download(ReportKind.DELEGATION_ACTIVITY, code.toUpperCase(Locale.ROOT), format, asOf);
    }

    /** As plain XML, which a browser shows rather than downloads; the API answers application/akn+xml. */
    @GetMapping("/documents/{id}/export/akn")
    ResponseEntity<byte[]> akomaNtoso(@PathVariable String id) {
        RenderedReport export = queries.query(new ExportAkn(DocumentId.of(id)), RenderedReport.class).join();
        return Downloads.of(new RenderedReport(MediaType.APPLICATION_XML_VALUE, export.fileName(), export.content()));
    }

    private ResponseEntity<byte[]> download(ReportKind kind, String subject, String format, String asOf) {
        RenderReport request = new RenderReport(kind, subject, ReportFormat.of(format),
                RequestTimes.instant(asOf, "asOf"), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return Downloads.of(queries.query(request, RenderedReport.class).join());
    }
}
