package org.draftline.query.reports;

import org.draftline.api.PlainWords;
import org.draftline.api.ReadableTimes;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentEvent.DocumentAdopted;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.ParagraphStatusRecorded;
import org.draftline.api.document.DocumentEvent.ParagraphStatusesCarriedOver;
import org.draftline.api.document.DocumentEvent.SupportingDocumentPublished;
import org.draftline.api.reading.ReadingTally;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.history.RecordedEvents.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A document's summary and every step on its record, in the record's order, the way the seed page lists them. */
final class TimelineReport {

    private TimelineReport() {
    }

    static Report build(DocumentStatus status, List<Recorded> record, Instant asOf, Instant generatedAt) {
        List<Report.Field> summary = new ArrayList<>();
        summary.add(new Report.Field("Document", status.id().value()));
        summary.add(new Report.Field("Kind", PlainWords.enumName(status.kind())));
        summary.add(new Report.Field("Body", status.body() + (status.session() == null ? "" : ", session "
                + status.session())));
        summary.add(new Report.Field("Mandate", status.mandate() == null ? "" : status.mandate()));
        summary.add(new Report.Field("Stage", PlainWords.stage(status.stage())));
        summary.add(new Report.Field("Co-facilitators", status.coFacilitators().stream()
                .map(TimelineReport::coFacilitator).collect(Collectors.joining("; "))));
        summary.add(new Report.Field("Current draft", status.currentDraftName() == null ? ""
                : status.currentDraftName()));
        if (status.readings() != null) {
            summary.add(new Report.Field("Readings (" + status.currentDraftName() + ")", status.readings().text()));
        }
        summary.add(new Report.Field("Drafts circulated", String.valueOf(record.stream()
                .filter(recorded -> recorded.entry().type().endsWith("DraftCirculated")).count())));
        Set<String> inputFrom = new LinkedHashSet<>();
        record.stream().map(Recorded::event).filter(InputSubmitted.class::isInstance).map(InputSubmitted.class::cast)
                .forEach(input -> inputFrom.add((input.onBehalfOf() == null ? input.delegation() : input.onBehalfOf())
                        .code()));
        summary.add(new Report.Field("Delegations that gave input", inputFrom.size()
                + (inputFrom.isEmpty() ? "" : " (" + String.join(", ", inputFrom) + ")")));
        summary.add(new Report.Field("Silence procedures", record.stream().map(Recorded::event)
                .filter(SilenceConcluded.class::isInstance).map(SilenceConcluded.class::cast)
                .map(concluded -> concluded.procedure() + ": " + concluded.outcome().name().toLowerCase()
                        + " (" + ReadableTimes.of(concluded.occurredAt()) + ")"
                        + (concluded.brokenBy().isEmpty() ? "" : " by " + concluded.brokenBy().stream()
                        .map(Delegation::code).collect(Collectors.joining(", "))))
                .collect(Collectors.joining("; "))));
        summary.add(new Report.Field("Adoption", record.stream().map(Recorded::event)
                .filter(DocumentAdopted.class::isInstance).map(DocumentAdopted.class::cast)
                .map(TimelineReport::adoption).findFirst().orElse("")));

        List<List<String>> steps = new ArrayList<>();
        int number = 1;
        ReadingTally readings = new ReadingTally();
        for (Recorded recorded : record) {
            HistoryEntry entry = recorded.entry();
            readings.apply(recorded.event());
            boolean reading = recorded.event() instanceof ParagraphStatusRecorded
                    || recorded.event() instanceof ParagraphStatusesCarriedOver;
            String step = reading && readings.summary() != null
                    ? entry.summary() + " (" + readings.summary().text() + ")" : entry.summary();
            steps.add(List.of(String.valueOf(number++), ReadableTimes.of(entry.occurredAt()), step,
                    entry.actedBy(),
                    entry.delegation() == null ? "" : entry.delegation().code(),
                    recorded.event() instanceof SupportingDocumentPublished published && published.url() != null
                            ? published.url() : "",
                    ReadableTimes.of(entry.recordedAt())));
        }
        return new Report("timeline", "Timeline: " + status.title(), status.body(), asOf, generatedAt, summary,
                List.of(new Report.Section("Steps", List.of("No.", "Date", "Step", "Actor", "Delegation",
                        "Document", "Recorded"), steps)));
    }

    private static String coFacilitator(CoFacilitator coFacilitator) {
        return coFacilitator.delegation().name()
                + (coFacilitator.representative() == null ? "" : " (" + coFacilitator.representative() + ")");
    }

    private static String adoption(DocumentAdopted adopted) {
        return adopted.symbol() + " on " + adopted.adoptedOn()
                + (adopted.method() == AdoptionMethod.WITHOUT_A_VOTE ? ", without a vote"
                : ", by recorded vote " + adopted.votes().yes() + "-" + adopted.votes().no() + "-"
                + adopted.votes().abstain())
                + (adopted.draftSymbol() == null ? "" : " (draft " + adopted.draftSymbol() + ")");
    }
}
