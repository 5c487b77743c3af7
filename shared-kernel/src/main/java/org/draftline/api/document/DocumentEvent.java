package org.draftline.api.document;

import org.axonframework.serialization.Revision;
import org.draftline.api.Deadline;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.Proposal;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.draftline.api.reading.CarriedStatus;
import org.draftline.api.reading.ParagraphStatus;
import org.draftline.api.silence.SilenceOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every fact recorded about a negotiated document. The records are nested here because a sealed
 * interface's permitted records must share its package on the class path, and one exhaustive
 * {@code switch} over them is worth more than a package per feature. Each carries {@code occurredAt},
 * the real-world time; the recording time, the actor and their delegation travel with the message.
 * Events are facts forever: change one only by adding a new event or an upcaster. An event carries what
 * loading a document needs (a draft's paragraph labels, say), so that nothing recorded is read or
 * checked again by today's rules when it is loaded.
 */
public sealed interface DocumentEvent {

    DocumentId documentId();

    Instant occurredAt();

    /**
     * Revision 2 added {@code visibility}; a document registered at revision 1 is upcast as
     * {@link Visibility#PUBLIC}, which every document then was.
     */
    @Revision("2")
    record DocumentRegistered(DocumentId documentId, String title, DocumentKind kind, String body,
                              String session, String mandate, Instant occurredAt, Visibility visibility)
            implements DocumentEvent {

        /** A public document's registration. */
        public DocumentRegistered(DocumentId documentId, String title, DocumentKind kind, String body,
                                  String session, String mandate, Instant occurredAt) {
            this(documentId, title, kind, body, session, mandate, occurredAt, Visibility.PUBLIC);
        }
    }

    /** The secretariat opened the document to the public, or kept it to members, from then on. */
    @Revision("1")
    record VisibilityChanged(DocumentId documentId, Visibility previous, Visibility visibility, Instant occurredAt)
            implements DocumentEvent {
    }

    @Revision("1")
    record CoFacilitatorsAppointed(DocumentId documentId, List<CoFacilitator> coFacilitators, String letter,
                                   Instant occurredAt) implements DocumentEvent {
    }

    @Revision("1")
    record CoFacilitatorsReplaced(DocumentId documentId, List<CoFacilitator> previous,
                                  List<CoFacilitator> coFacilitators, String letter,
                                  Instant occurredAt) implements DocumentEvent {
    }

    /**
     * Revision 2 added {@code paragraphs}, the labels read from the text when it was circulated, so that
     * loading the document never reads the text again; revision 1 is upcast by reading it once.
     */
    @Revision("2")
    record ZeroDraftCirculated(DocumentId documentId, DraftLabel label, String text, List<String> paragraphs,
                               Instant occurredAt) implements DocumentEvent {
    }

    /** Revision 2 added {@code paragraphs}, as {@link ZeroDraftCirculated} did. */
    @Revision("2")
    record RevisedDraftCirculated(DocumentId documentId, DraftLabel label, int revision, String text,
                                  List<String> paragraphs, Instant occurredAt) implements DocumentEvent {
    }

    /** Revision 2 added {@code paragraphs}, as {@link ZeroDraftCirculated} did. */
    @Revision("2")
    record FinalDraftCirculated(DocumentId documentId, DraftLabel label, String text, List<String> paragraphs,
                                Instant occurredAt) implements DocumentEvent {
    }

    @Revision("1")
    record InputWindowOpened(DocumentId documentId, DraftLabel onDraft, Deadline deadline,
                             Instant occurredAt) implements DocumentEvent {
    }

    @Revision("1")
    record InputWindowExtended(DocumentId documentId, DraftLabel onDraft, Deadline previousDeadline,
                               Deadline deadline, Instant occurredAt) implements DocumentEvent {
    }

    @Revision("1")
    record InputWindowReopened(DocumentId documentId, DraftLabel onDraft, Deadline deadline,
                               Instant occurredAt) implements DocumentEvent {
    }

    @Revision("1")
    record InputWindowClosed(DocumentId documentId, DraftLabel onDraft, Instant occurredAt)
            implements DocumentEvent {
    }

    @Revision("1")
    record InputSubmitted(DocumentId documentId, DraftLabel onDraft, Delegation delegation, Delegation onBehalfOf,
                          String comments, List<Proposal> proposals, Instant occurredAt) implements DocumentEvent {
    }

    @Revision("1")
    record MeetingRecorded(DocumentId documentId, MeetingKind kind, String title, LocalDate heldOn, String summary,
                           Instant occurredAt) implements DocumentEvent {
    }

    @Revision("1")
    record SupportingDocumentPublished(DocumentId documentId, SupportingDocumentKind kind, String title, String url,
                                       Instant occurredAt) implements DocumentEvent {
    }

    /** The co-facilitators recorded where these paragraphs of a draft stand after a reading. */
    @Revision("1")
    record ParagraphStatusRecorded(DocumentId documentId, DraftLabel onDraft, List<ParagraphStatus> paragraphs,
                                   Instant occurredAt) implements DocumentEvent {
    }

    /**
     * Paragraphs of a newly circulated version whose wording did not change kept the status they had in the
     * version before (under their new labels); dated at the circulation.
     */
    @Revision("1")
    record ParagraphStatusesCarriedOver(DocumentId documentId, DraftLabel fromDraft, DraftLabel onDraft,
                                        List<CarriedStatus> paragraphs, Instant occurredAt) implements DocumentEvent {
    }

    @Revision("1")
    record SilenceStarted(DocumentId documentId, int procedure, DraftLabel onDraft, Deadline deadline,
                          Instant occurredAt) implements DocumentEvent {
    }

    @Revision("1")
    record SilenceExtended(DocumentId documentId, int procedure, Deadline previousDeadline, Deadline deadline,
                           Instant occurredAt) implements DocumentEvent {
    }

    @Revision("1")
    record SilenceBroken(DocumentId documentId, int procedure, Delegation delegation, Delegation onBehalfOf,
                         String reason, List<Proposal> proposals, Instant occurredAt) implements DocumentEvent {
    }

    /** Dated at the deadline, or at the revision that superseded a broken silence's text. */
    @Revision("1")
    record SilenceConcluded(DocumentId documentId, int procedure, SilenceOutcome outcome, List<Delegation> brokenBy,
                            Instant occurredAt) implements DocumentEvent {
    }

    @Revision("1")
    record ConsensusDeclared(DocumentId documentId, DraftLabel onDraft, String note, Instant occurredAt)
            implements DocumentEvent {
    }

    @Revision("1")
    record DocumentAdopted(DocumentId documentId, String symbol, LocalDate adoptedOn, AdoptionMethod method,
                           Votes votes, String draftSymbol, DraftLabel text, Instant occurredAt)
            implements DocumentEvent {
    }

    @Revision("1")
    record DocumentWithdrawn(DocumentId documentId, String reason, Instant occurredAt) implements DocumentEvent {
    }
}
