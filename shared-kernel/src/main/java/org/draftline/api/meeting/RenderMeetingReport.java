package org.draftline.api.meeting;

import org.draftline.api.Fields;
import org.draftline.api.report.ReportFormat;

import java.time.Instant;

/** Generate one of a meeting's reports. Answers a {@link org.draftline.api.report.RenderedReport}. */
public record RenderMeetingReport(MeetingId meetingId, MeetingReportKind kind, ReportFormat format,
                                  Instant generatedAt) {

    public RenderMeetingReport {
        Fields.required(meetingId, "id");
        Fields.required(kind, "kind");
        Fields.required(format, "format");
        Fields.required(generatedAt, "generatedAt");
    }
}
