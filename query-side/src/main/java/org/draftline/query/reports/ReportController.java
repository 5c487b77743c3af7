package org.draftline.query.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.report.RenderReport;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.report.ReportFormat;
import org.draftline.api.report.ReportKind;
import org.draftline.platform.web.Downloads;
import org.draftline.platform.web.HistoryFilters;
import org.draftline.query.progress.ReadGate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

import static org.draftline.platform.web.RequestTimes.instant;

/**
 * The reports of the API: format by {@code ?format=} or the {@code Accept} header (JSON by default),
 * {@code asOf} for the record as it stood then, {@code generatedAt} to fix the printed stamp.
 */
@RestController
@Tag(name = "Reports", description = "Timelines, participation, silence and delegation activity, in five formats")
class ReportController {

    private final ReadGate reads;
    private final Clock clock;

    ReportController(ReadGate reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/api/documents/{id}/reports/{kind}")
    @Operation(summary = "A document's timeline, participation, silence or audit-trail report (the last filtered by "
            + "type, delegation, from and to, as the history): html, pdf, csv, json or md")
    ResponseEntity<byte[]> documentReport(@PathVariable String id, @PathVariable String kind,
                                          @RequestParam(required = false) String format,
                                          @RequestParam(required = false) String asOf,
                                          @RequestParam(required = false) String generatedAt,
                                          @RequestParam(required = false) Long minSequence,
                                          @RequestParam(required = false) String type,
                                          @RequestParam(required = false) String delegation,
                                          @RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportKind reportKind = switch (kind) {
            case "timeline" -> ReportKind.TIMELINE;
            case "participation" -> ReportKind.PARTICIPATION;
            case "silence" -> ReportKind.SILENCE;
            case "audit-trail" -> ReportKind.AUDIT_TRAIL;
            default -> throw new org.draftline.platform.web.NotFound("UNKNOWN_REPORT", "no report '" + kind
                    + "'; the reports are timeline, participation, silence and audit-trail");
        };
        HistoryFilters filters = HistoryFilters.api(type, delegation, from, to, null);
        RenderReport.Filter filter = new RenderReport.Filter(filters.type(), filters.delegation(), filters.from(),
                filters.to());
        RenderReport request = request(reportKind, id, format, asOf, generatedAt, accept, filter);
        reads.open(id, minSequence);
        return Downloads.of(reads.answer(request, RenderedReport.class));
    }

    @GetMapping("/api/delegations/{code}/activity")
    @Operation(summary = "Everything one delegation did, across documents: html, pdf, csv, json or md")
    ResponseEntity<byte[]> delegationActivity(@PathVariable String code,
                                              @RequestParam(required = false) String format,
                                              @RequestParam(required = false) String asOf,
                                              @RequestParam(required = false) String generatedAt,
                                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false)
                                              String accept) {
        RenderReport request = request(ReportKind.DELEGATION_ACTIVITY, code.toUpperCase(java.util.Locale.ROOT),
                format, asOf, generatedAt, accept, null);
        return Downloads.of(reads.answer(request, RenderedReport.class));
    }

    private RenderReport request(ReportKind kind, String subject, String format, String asOf, String generatedAt,
                                 String accept, RenderReport.Filter filter) {
        ReportFormat chosen = format != null ? ReportFormat.of(format)
                : ReportFormat.accepted(accept) != null ? ReportFormat.accepted(accept) : ReportFormat.JSON;
        Instant stamp = generatedAt == null ? clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                : instant(generatedAt, "generatedAt");
        return new RenderReport(kind, subject, chosen, instant(asOf, "asOf"), stamp, filter);
    }
}
