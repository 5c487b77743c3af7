package org.draftline.query.status;

import org.draftline.api.Deadline;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsAppointed;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsReplaced;
import org.draftline.api.document.DocumentEvent.ConsensusDeclared;
import org.draftline.api.document.DocumentEvent.DocumentAdopted;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.document.DocumentEvent.VisibilityChanged;
import org.draftline.api.document.Visibility;
import org.draftline.api.document.DocumentEvent.DocumentWithdrawn;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.InputWindowClosed;
import org.draftline.api.document.DocumentEvent.InputWindowExtended;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.InputWindowReopened;
import org.draftline.api.document.DocumentEvent.RevisedDraftCirculated;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.SilenceExtended;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.document.DocumentEvent.ZeroDraftCirculated;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.Stage;
import org.draftline.api.document.Votes;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.silence.SilenceOutcome;
import org.draftline.api.status.AdoptionView;
import org.draftline.api.status.DeadlineView;
import org.draftline.api.reading.ReadingTally;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.InputWindowView;
import org.draftline.api.status.SilenceView;
import org.draftline.api.status.WithdrawalView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's status as stored (one JSON column), changed by each event in turn. Stage transitions are
 * the aggregate's to decide; this only mirrors the facts recorded.
 */
class StatusRecord {

    public DocumentId id;
    public String title;
    public DocumentKind kind;
    public String body;
    public String session;
    public String mandate;
    public Stage stage;
    public DraftLabel currentDraft;
    public List<CoFacilitator> coFacilitators = new ArrayList<>();
    public Window inputWindow;
    public Silence silence;
    public Adoption adoption;
    public Withdrawal withdrawal;
    public Instant registeredAt;
    public Instant lastActAt;
    public long sequence;
    /** Absent from rows written before documents had a visibility: those were public. */
    public Visibility visibility = Visibility.PUBLIC;
    /** Absent from rows written before readings were recorded: none was. */
    public ReadingTally readings = new ReadingTally();

    static class Window {
        public DraftLabel onDraft;
        public Deadline deadline;
        public Instant closedAt;
    }

    static class Silence {
        public int procedure;
        public DraftLabel onDraft;
        public Deadline deadline;
        public int extensions;
        public List<SilenceView.Break> breaks = new ArrayList<>();
        public SilenceOutcome outcome;
        public Instant startedAt;
        public Instant concludedAt;
    }

    record Adoption(String symbol, LocalDate adoptedOn, AdoptionMethod method, Votes votes, String draftSymbol,
                    DraftLabel text, Instant occurredAt) {
    }

    record Withdrawal(String reason, Instant occurredAt) {
    }

    static StatusRecord registered(DocumentRegistered event, long sequence) {
        StatusRecord status = new StatusRecord();
        status.id = event.documentId();
        status.title = event.title();
        status.kind = event.kind();
        status.body = event.body();
        status.session = event.session();
        status.mandate = event.mandate();
        status.stage = Stage.REGISTERED;
        status.registeredAt = event.occurredAt();
        status.lastActAt = event.occurredAt();
        status.sequence = sequence;
        status.visibility = Visibility.orDefault(event.visibility());
        return status;
    }

    void apply(DocumentEvent event, long eventSequence) {
        sequence = eventSequence;
        lastActAt = event.occurredAt();
        readings.apply(event);
        if (event instanceof VisibilityChanged changed) {
            visibility = changed.visibility();
        } else if (event instanceof CoFacilitatorsAppointed appointed) {
            coFacilitators = new ArrayList<>(appointed.coFacilitators());
            stage = Stage.CO_FACILITATORS_APPOINTED;
        } else if (event instanceof CoFacilitatorsReplaced replaced) {
            coFacilitators = new ArrayList<>(replaced.coFacilitators());
        } else if (event instanceof ZeroDraftCirculated zeroDraft) {
            circulated(zeroDraft.label(), Stage.ZERO_DRAFT);
        } else if (event instanceof RevisedDraftCirculated revised) {
            circulated(revised.label(), Stage.REVISED_DRAFT);
        } else if (event instanceof FinalDraftCirculated finalDraft) {
            circulated(finalDraft.label(), Stage.FINAL_DRAFT);
        } else if (event instanceof InputWindowOpened opened) {
            openWindow(opened.onDraft(), opened.deadline());
        } else if (event instanceof InputWindowReopened reopened) {
            openWindow(reopened.onDraft(), reopened.deadline());
        } else if (event instanceof InputWindowExtended extended) {
            openWindow(extended.onDraft(), extended.deadline());
        } else if (event instanceof InputWindowClosed closed) {
            inputWindow.closedAt = closed.occurredAt();
        } else if (event instanceof SilenceStarted started) {
            silence = new Silence();
            silence.procedure = started.procedure();
            silence.onDraft = started.onDraft();
            silence.deadline = started.deadline();
            silence.startedAt = started.occurredAt();
            stage = Stage.UNDER_SILENCE;
        } else if (event instanceof SilenceExtended extended) {
            silence.deadline = extended.deadline();
            silence.extensions++;
        } else if (event instanceof SilenceBroken broken) {
            silence.breaks.add(new SilenceView.Break(broken.delegation(), broken.onBehalfOf(), broken.reason(),
                    broken.occurredAt()));
            stage = Stage.SILENCE_BROKEN;
        } else if (event instanceof SilenceConcluded concluded) {
            silence.outcome = concluded.outcome();
            silence.concludedAt = concluded.occurredAt();
            stage = concluded.outcome() == SilenceOutcome.PASSED ? Stage.SILENCE_PASSED : Stage.SILENCE_BROKEN;
        } else if (event instanceof ConsensusDeclared) {
            stage = Stage.CONSENSUS;
        } else if (event instanceof DocumentAdopted adopted) {
            adoption = new Adoption(adopted.symbol(), adopted.adoptedOn(), adopted.method(), adopted.votes(),
                    adopted.draftSymbol(), adopted.text(), adopted.occurredAt());
            stage = Stage.ADOPTED;
        } else if (event instanceof DocumentWithdrawn withdrawn) {
            withdrawal = new Withdrawal(withdrawn.reason(), withdrawn.occurredAt());
            stage = Stage.WITHDRAWN;
        }
    }

    private void circulated(DraftLabel label, Stage newStage) {
        currentDraft = label;
        stage = newStage;
    }

    private void openWindow(DraftLabel onDraft, Deadline deadline) {
        inputWindow = new Window();
        inputWindow.onDraft = onDraft;
        inputWindow.deadline = deadline;
    }

    private boolean silenceRunning() {
        return silence != null && silence.concludedAt == null;
    }

    private boolean windowOpen() {
        return inputWindow != null && inputWindow.closedAt == null;
    }

    /** The status as answered at {@code now}; the next deadline is the one still pending. */
    DocumentStatus toView(Instant now) {
        DeadlineView nextDeadline = null;
        if (!stage.isClosed()) {
            if (silenceRunning()) {
                nextDeadline = DeadlineView.of("SILENCE", silence.deadline, now);
            } else if (windowOpen()) {
                nextDeadline = DeadlineView.of("INPUT_WINDOW", inputWindow.deadline, now);
            }
        }
        return new DocumentStatus(id, title, kind, body, session, mandate, stage, currentDraft,
                currentDraft == null ? null : currentDraft.displayName(), nextDeadline, List.copyOf(coFacilitators),
                inputWindow == null ? null : new InputWindowView(inputWindow.onDraft,
                        DeadlineView.of("INPUT_WINDOW", inputWindow.deadline, now), windowOpen(), inputWindow.closedAt),
                silence == null ? null : new SilenceView(silence.procedure, silence.onDraft, silenceRunning(),
                        DeadlineView.of("SILENCE", silence.deadline, now), silence.extensions, List.copyOf(silence.breaks),
                        silence.outcome, silence.startedAt, silence.concludedAt),
                adoption == null ? null : new AdoptionView(adoption.symbol(), adoption.adoptedOn(), adoption.method(),
                        adoption.votes(), adoption.draftSymbol(), adoption.text(), adoption.occurredAt()),
                withdrawal == null ? null : new WithdrawalView(withdrawal.reason(), withdrawal.occurredAt()),
                registeredAt, lastActAt, sequence, Visibility.orDefault(visibility), readings.summary());
    }
}
