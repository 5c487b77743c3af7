package org.draftline.query.reports;

import org.draftline.api.ReadableTimes;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.SilenceExtended;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.draft.Proposal;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.history.RecordedEvents.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

    /**
     * A procedure broken before its deadline is broken, not running: its deadline then only closes the taking
     * of further objections.
     */
    private static String outcome(Procedure procedure) {
        if (procedure.concluded != null) {
            return procedure.concluded.outcome().name().toLowerCase(Locale.ENGLISH);
        }
        return procedure.breaks.isEmpty() ? "running"
                : "broken (further objections taken until " + procedure.deadline + ")";
    }

    /** The amendments that came with a break, as " (amendments: OP2 amend to read "..."; OP5 delete)". */
    private static String amendments(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return "";
        }
        return " (amendments: " + proposals.stream().map(proposal -> proposal.paragraph() + " "
                + switch (proposal.action()) {
                    case AMEND -> "amend to read \"" + proposal.text() + "\"";
                    case INSERT_AFTER -> "insert after it \"" + proposal.text() + "\"";
                    case DELETE -> "delete";
                }).collect(Collectors.joining("; ")) + ")";
    }

    static Report build(DocumentStatus status, List<Recorded> record, Instant asOf, Instant generatedAt) {
        Map<Integer, Procedure> procedures = new LinkedHashMap<>();
        for (Recorded recorded : record) {
            DocumentEvent event = recorded.event();
            if (event instanceof SilenceStarted started) {
                Procedure procedure = procedures.computeIfAbsent(started.procedure(), number -> new Procedure());
                procedure.started = started;
                procedure.deadline = ReadableTimes.of(started.deadline());
            } else if (event instanceof SilenceExtended extended) {
                Procedure procedure = procedures.get(extended.procedure());
                procedure.extensions.add("to " + ReadableTimes.of(extended.deadline()) + " on "
                        + ReadableTimes.of(extended.occurredAt()));
                procedure.deadline = ReadableTimes.of(extended.deadline());
            } else if (event instanceof SilenceBroken broken) {
                String person = recorded.entry().person();
                procedures.get(broken.procedure()).breaks.add(broken.delegation().name()
                        + (person == null ? "" : " (" + person + ")")
                        + (broken.onBehalfOf() == null ? "" : " for " + broken.onBehalfOf().name())
                        + " on " + ReadableTimes.of(broken.occurredAt()) + ": " + broken.reason()
                        + amendments(broken.proposals()));
            } else if (event instanceof SilenceConcluded concluded) {
                procedures.get(concluded.procedure()).concluded = concluded;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        procedures.forEach((number, procedure) -> rows.add(List.of(String.valueOf(number),
                procedure.started.onDraft().displayName(), ReadableTimes.of(procedure.started.occurredAt()),
                procedure.deadline, String.join("; ", procedure.extensions), String.join("; ", procedure.breaks),
                outcome(procedure),
                procedure.concluded == null ? "" : ReadableTimes.of(procedure.concluded.occurredAt()))));
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
