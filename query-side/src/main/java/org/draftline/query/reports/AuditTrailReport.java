package org.draftline.query.reports;

import org.draftline.api.PlainWords;
import org.draftline.api.ReadableTimes;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.report.RenderReport.Filter;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.history.RecordedEvents.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit trail as a document to keep: every entry with both times and who acted, filtered like the history. */
final class AuditTrailReport {

    private AuditTrailReport() {
    }

    static Report build(DocumentStatus status, List<Recorded> record, Filter filter, Instant asOf,
                        Instant generatedAt) {
        List<List<String>> rows = new ArrayList<>();
        for (Recorded recorded : record) {
            HistoryEntry entry = recorded.entry();
            if (filter == null || matches(entry, filter)) {
                rows.add(List.of(String.valueOf(entry.sequence() + 1), ReadableTimes.of(entry.occurredAt()),
                        ReadableTimes.of(entry.recordedAt()), PlainWords.eventType(entry.type()), entry.summary(),
                        entry.actedBy(),
                        PlainWords.role(entry.role()),
                        entry.delegation() == null ? "" : entry.delegation().code(),
                        entry.onBehalfOf() == null ? "" : entry.onBehalfOf().code(),
                        entry.recordedBy() == null ? "" : entry.recordedBy(),
                        entry.actor() == null ? "" : entry.actor()));
            }
        }
        List<Report.Field> summary = List.of(
                new Report.Field("Document", status.id().value()),
                new Report.Field("Filters", filter == null || filter.isEmpty() ? "none" : describe(filter)),
                new Report.Field("Entries", String.valueOf(rows.size())));
        return new Report("audit-trail", "Audit trail: " + status.title(), status.body(), asOf, generatedAt, summary,
                List.of(new Report.Section("Entries", List.of("No.", "Occurred", "Recorded", "Type", "Act",
                        "Actor", "Role", "Delegation", "On behalf of", "Recorded by", "Account"), rows)));
    }

    private static boolean matches(HistoryEntry entry, Filter filter) {
        return (filter.type() == null || filter.type().equals(entry.type()))
                && (filter.delegation() == null || filter.delegation().equals(entry.delegation())
                || filter.delegation().equals(entry.onBehalfOf()))
                && (filter.from() == null || !entry.occurredAt().isBefore(filter.from()))
                && (filter.to() == null || !entry.occurredAt().isAfter(filter.to()));
    }

    private static String describe(Filter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.type() != null) {
            parts.add("type " + PlainWords.eventType(filter.type()));
        }
        if (filter.delegation() != null) {
            parts.add("delegation " + filter.delegation().code());
        }
        if (filter.from() != null) {
            parts.add("from " + ReadableTimes.of(filter.from()));
        }
        if (filter.to() != null) {
            parts.add("to " + ReadableTimes.of(filter.to()));
        }
        return String.join(", ", parts);
    }
}
