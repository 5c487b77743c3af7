package org.draftline.query.reports;

import org.draftline.api.ReadableTimes;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.history.RecordedEvents.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything one delegation did, acting or spoken for, across documents: a brief for its capital. */
final class DelegationActivity {

    private DelegationActivity() {
    }

    /** @param records each document's record, by document, in a stable order */
    static Report build(Delegation delegation, Map<DocumentStatus, List<Recorded>> records, Instant asOf,
                        Instant generatedAt) {
        List<List<String>> rows = new ArrayList<>();
        int documents = 0;
        for (Map.Entry<DocumentStatus, List<Recorded>> document : records.entrySet()) {
            boolean involved = false;
            for (Recorded recorded : document.getValue()) {
                HistoryEntry entry = recorded.entry();
                if (delegation.equals(entry.delegation()) || delegation.equals(entry.onBehalfOf())) {
                    involved = true;
                    rows.add(List.of(document.getKey().id().value(), ReadableTimes.of(entry.occurredAt()), entry.summary(),
                            entry.type(), entry.delegation() == null ? "" : entry.delegation().code(),
                            entry.onBehalfOf() == null ? "" : entry.onBehalfOf().code(), entry.actedBy()));
                }
            }
            documents += involved ? 1 : 0;
        }
        List<Report.Field> summary = List.of(
                new Report.Field("Delegation", delegation.code() + ", " + delegation.name()),
                new Report.Field("Kind", delegation.kind().name().toLowerCase().replace('_', ' ')),
                new Report.Field("Documents", String.valueOf(documents)),
                new Report.Field("Acts", String.valueOf(rows.size())));
        return new Report("delegation-activity", "Activity of " + delegation.name(), "Across all documents", asOf,
                generatedAt, summary, List.of(new Report.Section("Acts", List.of("Document", "Date", "Act", "Type",
                "Acting delegation", "On behalf of", "Acted by"), rows)));
    }
}
