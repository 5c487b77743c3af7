package org.draftline.web.reports;

import org.axonframework.queryhandling.QueryGateway;
import org.draftline.api.document.DocumentId;
import org.draftline.api.report.ExportAkn;
import org.draftline.api.report.RenderReport;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.report.ReportFormat;
import org.draftline.api.report.ReportKind;
import org.draftline.platform.web.Downloads;
import org.draftline.platform.web.HistoryFilters;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
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

    /**
     * A document's report; the audit trail filtered as the history page filters it ({@code type},
     * {@code delegation}, {@code from}, {@code to}, with the pages' New York days), so "download this view"
     * gives the acts the page shows.
     */
    @GetMapping("/documents/{id}/reports/{report:timeline|participation|silence|audit-trail}")
    ResponseEntity<byte[]> documentReport(@PathVariable String id, @PathVariable String report,
                                          @RequestParam(defaultValue = "html") String format,
                                          @RequestParam(required = false) String asOf,
                                          @RequestParam(required = false) String type,
                                          @RequestParam(required = false) String delegation,
                                          @RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to) {
        ReportKind kind = ReportKind.valueOf(report.toUpperCase(Locale.ROOT).replace('-', '_'));
        HistoryFilters filters = HistoryFilters.pages(type, delegation, from, to, asOf).orRefuse();
        RenderReport.Filter filter = kind != ReportKind.AUDIT_TRAIL ? null : new RenderReport.Filter(filters.type(),
                filters.delegation(), filters.from(), filters.to());
        return download(kind, id, format, filters.asOf(), filter);
    }

    @GetMapping("/delegations/{code}/activity")
    ResponseEntity<byte[]> delegationActivity(@PathVariable String code,
                                              @RequestParam(defaultValue = "html") String format,
                                              @RequestParam(required = false) String asOf) {
        return download(ReportKind.DELEGATION_ACTIVITY, code.toUpperCase(Locale.ROOT), format,
                HistoryFilters.pages(null, null, null, null, asOf).orRefuse().asOf(), null);
    }

    /** As plain XML, which a browser shows rather than downloads; the API answers application/akn+xml. */
    @GetMapping("/documents/{id}/export/akn")
    ResponseEntity<byte[]> akomaNtoso(@PathVariable String id) {
        RenderedReport export = queries.query(new ExportAkn(DocumentId.of(id)), RenderedReport.class).join();
        return Downloads.of(new RenderedReport(MediaType.APPLICATION_XML_VALUE, export.fileName(), export.content()));
    }

    private ResponseEntity<byte[]> download(ReportKind kind, String subject, String format, Instant asOf,
                                            RenderReport.Filter filter) {
        RenderReport request = new RenderReport(kind, subject, ReportFormat.of(format), asOf,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), filter == null || filter.isEmpty() ? null : filter);
        return Downloads.of(queries.query(request, RenderedReport.class).join());
    }
}
