package org.draftline.query.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.meeting.MeetingReportKind;
import org.draftline.api.meeting.RenderMeetingReport;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.report.ReportFormat;
import org.draftline.platform.web.Downloads;
import org.draftline.platform.web.NotFound;
import org.draftline.query.meetings.MeetingReads;
import org.draftline.query.progress.ReadGate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.draftline.platform.web.RequestTimes.instant;

/** A meeting's reports, in the formats of every report: {@code ?format=} or {@code Accept}, JSON by default. */
@RestController
@Tag(name = "Reports", description = "Timelines, participation, silence and delegation activity, in five formats")
class MeetingReportController {

    private final ReadGate reads;
    private final Clock clock;
    private final Duration timeout;

    MeetingReportController(ReadGate reads, Clock clock,
                            @Value("${draftline.read-your-writes-timeout:2s}") Duration timeout) {
        this.reads = reads;
        this.clock = clock;
        this.timeout = timeout;
    }

    @GetMapping("/api/meetings/{id}/reports/{kind}")
    @Operation(summary = "A meeting's programme, list of speakers, statements (time used against the limit) or "
            + "per-delegation report: html, pdf, csv, json or md")
    ResponseEntity<byte[]> meetingReport(@PathVariable String id, @PathVariable String kind,
                                         @RequestParam(required = false) String format,
                                         @RequestParam(required = false) String generatedAt,
                                         @RequestParam(required = false) Long minSequence,
                                         @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        MeetingReportKind reportKind = MeetingReportKind.fromUrl(kind).orElseThrow(() -> new NotFound(
                "UNKNOWN_REPORT", "no report '" + kind + "'; a meeting's reports are programme, speakers, statements "
                + "and delegations"));
        ReportFormat chosen = format != null ? ReportFormat.of(format)
                : ReportFormat.accepted(accept) != null ? ReportFormat.accepted(accept) : ReportFormat.JSON;
        Instant stamp = generatedAt == null ? clock.instant().truncatedTo(ChronoUnit.SECONDS)
                : instant(generatedAt, "generatedAt");
        MeetingReads.read(reads, id, minSequence, timeout);
        return Downloads.of(reads.answer(new RenderMeetingReport(org.draftline.api.meeting.MeetingId.of(id),
                reportKind, chosen, stamp), RenderedReport.class));
    }
}
