package org.draftline.api.report;

import org.draftline.api.Fields;

import java.time.Instant;

/**
 * Generate a report from the read models.
 *
 * @param subject     the document id, or for {@link ReportKind#DELEGATION_ACTIVITY} the delegation code
 * @param asOf        the record as it stood then (real-world time); null for all of it
 * @param generatedAt the stamp printed on the report; fixed, it makes the output byte-identical
 */
public record RenderReport(ReportKind kind, String subject, ReportFormat format, Instant asOf, Instant generatedAt) {

    public RenderReport {
        Fields.required(kind, "kind");
        Fields.required(subject, "subject");
        Fields.required(format, "format");
        Fields.required(generatedAt, "generatedAt");
    }
}
