package org.draftline.api.status;

import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.Stage;
import org.draftline.api.document.Visibility;
import org.draftline.api.draft.DraftLabel;

import java.time.Instant;
import java.util.List;

/**
 * A document as a row of the list: what version 1 names for the list (id, title, kind, stage, current
 * draft, next deadline, co-facilitators) and what a list shows beside it, without the input window, the
 * silence procedure, the adoption and the withdrawal, which {@code GET /api/documents/{id}} gives whole.
 */
public record DocumentSummary(DocumentId id, String title, DocumentKind kind, String body, String session,
                              Stage stage, DraftLabel currentDraft, String currentDraftName,
                              DeadlineView nextDeadline, List<CoFacilitator> coFacilitators,
                              Instant registeredAt, Instant lastActAt, long sequence, Visibility visibility) {

    public static DocumentSummary of(DocumentStatus status) {
        return new DocumentSummary(status.id(), status.title(), status.kind(), status.body(), status.session(),
                status.stage(), status.currentDraft(), status.currentDraftName(), status.nextDeadline(),
                status.coFacilitators(), status.registeredAt(), status.lastActAt(), status.sequence(),
                status.visibility());
    }
}
