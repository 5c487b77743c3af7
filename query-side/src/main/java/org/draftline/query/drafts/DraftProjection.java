package org.draftline.query.drafts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.document.DocumentEvent;
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
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Every draft version as circulated, with its text read into paragraphs. */
@Component
@ProcessingGroup(DraftProjection.NAME)
class DraftProjection extends Projection {

    static final String NAME = "drafts";

    private final DraftTable table;

    DraftProjection(DraftTable table, ProgressRecorder progress) {
        super(NAME, progress);
        this.table = table;
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
    }

    @Override
    protected void clear() {
        table.deleteAll();
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
