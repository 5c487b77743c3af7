package org.draftline.api.status;

import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.Stage;
import org.draftline.api.document.Visibility;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.reading.ReadingSummary;

import java.time.Instant;
import java.util.List;

/**
 * Where a document stands: its stage, current draft, next deadline and co-facilitators, and the state of
 * its input window, silence procedure, adoption or withdrawal.
 *
 * @param sequence   the document's last event sequence this status reflects
 * @param visibility who may read the document's negotiation beyond its status, stages and drafts
 * @param readings   how much of the current draft the readings have agreed ("14 of 22 paragraphs agreed ad
 *                   ref"); null until a reading is recorded on the document
 */
public record DocumentStatus(DocumentId id, String title, DocumentKind kind, String body, String session,
                             String mandate, Stage stage, DraftLabel currentDraft, String currentDraftName,
                             DeadlineView nextDeadline, List<CoFacilitator> coFacilitators, InputWindowView inputWindow,
                             SilenceView silence, AdoptionView adoption, WithdrawalView withdrawal,
                             Instant registeredAt, Instant lastActAt, long sequence, Visibility visibility,
                             ReadingSummary readings) {

    /** A status of a document on which no reading is recorded. */
    public DocumentStatus(DocumentId id, String title, DocumentKind kind, String body, String session,
                          String mandate, Stage stage, DraftLabel currentDraft, String currentDraftName,
                          DeadlineView nextDeadline, List<CoFacilitator> coFacilitators, InputWindowView inputWindow,
                          SilenceView silence, AdoptionView adoption, WithdrawalView withdrawal,
                          Instant registeredAt, Instant lastActAt, long sequence, Visibility visibility) {
        this(id, title, kind, body, session, mandate, stage, currentDraft, currentDraftName, nextDeadline,
                coFacilitators, inputWindow, silence, adoption, withdrawal, registeredAt, lastActAt, sequence,
                visibility, null);
    }

    /** The same status without who broke silence and why: what an observer reads of a members-only document. */
    public DocumentStatus withoutSilenceBreakers() {
        return silence == null ? this : new DocumentStatus(id, title, kind, body, session, mandate, stage, currentDraft,
                currentDraftName, nextDeadline, coFacilitators, inputWindow, silence.withoutBreakers(), adoption,
                withdrawal, registeredAt, lastActAt, sequence, visibility, readings);
    }
}
