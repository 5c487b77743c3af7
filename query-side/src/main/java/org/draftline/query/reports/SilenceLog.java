package org.draftline.query.reports;

import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.SilenceExtended;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.history.RecordedEvents.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every silence procedure: the text, the deadline and its extensions, who broke it and why, the outcome. */
final class SilenceLog {

    private SilenceLog() {
    }

    private static final class Procedure {
        SilenceStarted started;
        final List<String> extensions = new ArrayList<>();
        final List<String> breaks = new ArrayList<>();
        SilenceConcluded concluded;
        String deadline;
    }

    static Report build(DocumentStatus status, List<Recorded> record, Instant asOf, Instant generatedAt) {
        Map<Integer, Procedure> procedures = new LinkedHashMap<>();
        for (Recorded recorded : record) {
            DocumentEvent event = recorded.event();
            if (event instanceof SilenceStarted started) {
                Procedure procedure = procedures.computeIfAbsent(started.procedure(), number -> new Procedure());
                procedure.started = started;
                procedure.deadline = Dates.deadline(started.deadline());
            } else if (event instanceof SilenceExtended extended) {
                Procedure procedure = procedures.get(extended.procedure());
                procedure.extensions.add("to " + Dates.deadline(extended.deadline()) + " on "
                        + Dates.utc(extended.occurredAt()));
                procedure.deadline = Dates.deadline(extended.deadline());
            } else if (event instanceof SilenceBroken broken) {
                String person = recorded.entry().person();
                procedures.get(broken.procedure()).breaks.add(broken.delegation().name()
                        + (person == null ? "" : " (" + person + ")")
                        + (broken.onBehalfOf() == null ? "" : " for " + broken.onBehalfOf().name())
                        + " on " + Dates.utc(broken.occurredAt()) + ": " + broken.reason());
            } else if (event instanceof SilenceConcluded concluded) {
                procedures.get(concluded.procedure()).concluded = concluded;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        procedures.forEach((number, procedure) -> rows.add(List.of(String.valueOf(number),
                procedure.started.onDraft().displayName(), Dates.utc(procedure.started.occurredAt()),
                procedure.deadline, String.join("; ", procedure.extensions), String.join("; ", procedure.breaks),
                procedure.concluded == null ? "running" : procedure.concluded.outcome().name().toLowerCase(),
                procedure.concluded == null ? "" : Dates.utc(procedure.concluded.occurredAt()))));
        List<Report.Field> summary = List.of(
                new Report.Field("Document", status.id().value()),
                new Report.Field("Silence procedures", String.valueOf(procedures.size())),
                new Report.Field("Broken", String.valueOf(procedures.values().stream()
                        .filter(procedure -> !procedure.breaks.isEmpty()).count())));
        return new Report("silence", "Silence log: " + status.title(), status.body(), asOf, generatedAt, summary,
                List.of(new Report.Section("Silence procedures", List.of("Procedure", "Text", "Started",
                        "Deadline", "Extensions", "Breaks", "Outcome", "Concluded"), rows)));
    }
}
