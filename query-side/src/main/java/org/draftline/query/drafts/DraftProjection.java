package org.draftline.query.drafts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.ParagraphStatusRecorded;
import org.draftline.api.document.DocumentEvent.ParagraphStatusesCarriedOver;
import org.draftline.api.draft.Paragraph;
import org.draftline.api.reading.CarriedStatus;
import org.draftline.api.reading.FindNegotiatingText;
import org.draftline.api.reading.NegotiatingText;
import org.draftline.api.reading.NegotiatingText.NegotiatedParagraph;
import org.draftline.api.reading.ParagraphStatus;
import org.draftline.api.reading.ReadingStatus;
import org.draftline.api.reading.ReadingSummary;
import org.draftline.api.draft.Circulation;
import org.draftline.api.draft.CompareDrafts;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.Redline;
import org.draftline.api.draft.DraftSummary;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.draft.FindDraft;
import org.draftline.api.draft.FindDrafts;
import org.draftline.query.progress.ProgressRecorder;
import org.draftline.query.progress.Projection;
import org.draftline.query.redline.Redlines;
import org.draftline.query.status.MembersOnly;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every draft version as circulated, with its text read into paragraphs, and where its paragraphs stand. */
@Component
@ProcessingGroup(DraftProjection.NAME)
class DraftProjection extends Projection {

    static final String NAME = "drafts";

    private final DraftTable table;
    private final ParagraphStatusTable statuses;
    private final MembersOnly membersOnly;

    DraftProjection(DraftTable table, ParagraphStatusTable statuses, ProgressRecorder progress,
                    MembersOnly membersOnly) {
        super(NAME, progress);
        this.table = table;
        this.statuses = statuses;
        this.membersOnly = membersOnly;
    }

    @Override
    protected void project(DocumentEvent event, Position position) {
        Circulation.of(event).ifPresent(circulated -> {
            DraftText structure = DraftText.readRecorded(circulated.text(), circulated.paragraphs());
            DraftLabel label = circulated.label();
            table.insert(event.documentId(), position.sequence(), new DraftVersion(label, label.displayName(),
                    circulated.occurredAt(), structure.title(), structure.chapeau(), structure.paragraphs(),
                    circulated.text()));
        });
        if (event instanceof ParagraphStatusRecorded recorded) {
            for (ParagraphStatus status : recorded.paragraphs()) {
                statuses.put(event.documentId(), recorded.onDraft(), status, recorded.occurredAt(), null,
                        position.sequence());
            }
        } else if (event instanceof ParagraphStatusesCarriedOver carried) {
            for (CarriedStatus status : carried.paragraphs()) {
                statuses.put(event.documentId(), carried.onDraft(), status.status(), carried.occurredAt(),
                        carried.fromDraft().value() + ":" + status.from(), position.sequence());
            }
        }
    }

    @Override
    protected void clear() {
        table.emptyForReplay();
        statuses.emptyForReplay();
    }

    @QueryHandler
    Optional<NegotiatingText> handle(FindNegotiatingText query, MetaData reader) {
        membersOnly.require(query.documentId(), reader, "its negotiating text with who holds its brackets");
        return table.find(query.documentId(), query.label()).map(version -> {
            Map<String, ParagraphStatusTable.Row> rows = statuses.of(query.documentId(), query.label());
            List<NegotiatedParagraph> paragraphs = new ArrayList<>();
            List<ReadingStatus> settled = new ArrayList<>();
            for (Paragraph paragraph : version.paragraphs()) {
                ParagraphStatusTable.Row row = rows.get(paragraph.label());
                if (row == null || row.status().status() == ReadingStatus.PENDING) {
                    paragraphs.add(new NegotiatedParagraph(paragraph.label(), paragraph.text(), ReadingStatus.PENDING,
                            List.of(), row == null ? null : row.since(), null));
                } else {
                    settled.add(row.status().status());
                    paragraphs.add(new NegotiatedParagraph(paragraph.label(), paragraph.text(), row.status().status(),
                            row.status().alternatives(), row.since(), row.carriedFrom()));
                }
            }
            return new NegotiatingText(version.label(), version.name(), version.circulatedAt(), version.title(),
                    version.chapeau(), paragraphs, ReadingSummary.of(settled, paragraphs.size()));
        });
    }

    @QueryHandler
    List<DraftSummary> handle(FindDrafts query) {
        return table.summaries(query.documentId());
    }

    @QueryHandler
    Optional<DraftVersion> handle(FindDraft query) {
        return table.find(query.documentId(), query.label());
    }

    @QueryHandler
    Optional<Redline> handle(CompareDrafts query) {
        Optional<DraftVersion> from = table.find(query.documentId(), query.from());
        Optional<DraftVersion> to = table.find(query.documentId(), query.to());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Redlines.compare(query.from(), structure(from.get()), query.to(), structure(to.get())));
    }

    private static DraftText structure(DraftVersion version) {
        return new DraftText(version.title(), version.chapeau(), version.paragraphs());
    }
}
