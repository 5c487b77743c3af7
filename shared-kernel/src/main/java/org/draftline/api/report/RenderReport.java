package org.draftline.api.report;

import org.draftline.api.Fields;
import org.draftline.api.delegation.Delegation;

import java.time.Instant;

/**
 * Generate a report from the read models.
 *
 * @param subject     the document id, or for {@link ReportKind#DELEGATION_ACTIVITY} the delegation code
 * @param asOf        the record as it stood then (real-world time); null for all of it
 * @param generatedAt the stamp printed on the report; fixed, it makes the output byte-identical
 * @param filter      for {@link ReportKind#AUDIT_TRAIL}, which entries; null for all
 */
public record RenderReport(ReportKind kind, String subject, ReportFormat format, Instant asOf, Instant generatedAt,
                           Filter filter) {

    public RenderReport {
        Fields.required(kind, "kind");
        Fields.required(subject, "subject");
        Fields.required(format, "format");
        Fields.required(generatedAt, "generatedAt");
    }

    public RenderReport(ReportKind kind, String subject, ReportFormat format, Instant asOf, Instant generatedAt) {
        this(kind, subject, format, asOf, generatedAt, null);
    }

    /** The audit trail's filters, as the history endpoint takes them: event type, delegation, real-world time. */
    public record Filter(String type, Delegation delegation, Instant from, Instant to) {

        public boolean isEmpty() {
            return type == null && delegation == null && from == null && to == null;
        }
    }
}
