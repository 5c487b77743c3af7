package org.draftline.command.document;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.draftline.api.Deadline;
import org.draftline.api.RecordableTime;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DeclareConsensus;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsAppointed;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsReplaced;
import org.draftline.api.document.DocumentEvent.ConsensusDeclared;
import org.draftline.api.document.DocumentEvent.DocumentAdopted;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.document.DocumentEvent.DocumentWithdrawn;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.InputWindowClosed;
import org.draftline.api.document.DocumentEvent.InputWindowExtended;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.InputWindowReopened;
import org.draftline.api.document.DocumentEvent.MeetingRecorded;
import org.draftline.api.document.DocumentEvent.ParagraphStatusRecorded;
import org.draftline.api.document.DocumentEvent.ParagraphStatusesCarriedOver;
import org.draftline.api.document.DocumentEvent.RevisedDraftCirculated;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.SilenceExtended;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.document.DocumentEvent.SupportingDocumentPublished;
import org.draftline.api.document.DocumentEvent.VisibilityChanged;
import org.draftline.api.document.DocumentEvent.ZeroDraftCirculated;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.RecordAdoption;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.document.ReplaceCoFacilitators;
import org.draftline.api.document.Stage;
import org.draftline.api.document.Visibility;
import org.draftline.api.document.ChangeVisibility;
import org.draftline.api.document.WithdrawDocument;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.CloseInputWindow;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.Paragraph;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.UnchangedWording;
import org.draftline.api.draft.ExtendInputWindow;
import org.draftline.api.draft.OpenInputWindow;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.group.Mandate;
import org.draftline.api.meeting.PublishSupportingDocument;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.api.reading.CarriedStatus;
import org.draftline.api.reading.ParagraphStatus;
import org.draftline.api.reading.ReadingStatus;
import org.draftline.api.reading.RecordParagraphStatus;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.api.silence.BreakSilence;
import org.draftline.api.silence.ConcludeSilence;
import org.draftline.api.silence.ExtendSilence;
import org.draftline.api.silence.SilenceOutcome;
import org.draftline.api.silence.StartSilence;
import org.draftline.command.group.GroupMandates;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.draftline.api.rules.NegotiationRule.*;

/**
 * One negotiated document and the whole rulebook of its negotiation. Each command handler checks the
 * rules in a fixed order (the document is open, the actor may act, the stage allows the move, the time
 * fits the record) and only then applies events, so a refused command records nothing. It answers with
 * the document's sequence number after the events it recorded.
 * <p>
 * Every {@code draftline.documents.snapshot-every} events its state is stored as a snapshot
 * ({@link DocumentSnapshots}): its fields as JSON, exactly these and nothing derived. A change to the fields or
 * their meaning takes a new {@link Revision}, so the snapshots of the old shape are passed over and the
 * document is loaded from its events ({@code DocumentSnapshotShapeTest} fails until then).
 */
@Aggregate(cache = DocumentCaching.NAME, snapshotTriggerDefinition = DocumentSnapshots.TRIGGER)
@Revision(NegotiatedDocument.SNAPSHOT_REVISION)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE,
        creatorVisibility = JsonAutoDetect.Visibility.NONE)
public class NegotiatedDocument {

    /** The shape of the snapshots of this state; see the class comment. */
    public static final String SNAPSHOT_REVISION = "2";

    static final String SILENCE_DEADLINE = "silence-deadline";
    static final String INPUT_WINDOW_DEADLINE = "input-window-deadline";

    static final Duration CLOCK_SKEW = Timekeeper.CLOCK_SKEW;
    static final Duration RECENT_PAST = Timekeeper.RECENT_PAST;

    private static final Set<Stage> DRAFT_UNDER_CONSULTATION =
            EnumSet.of(Stage.ZERO_DRAFT, Stage.REVISED_DRAFT, Stage.SILENCE_BROKEN);

    @AggregateIdentifier
    private DocumentId documentId;
    private Stage stage;
    private Instant lastOccurredAt;
    private List<CoFacilitator> coFacilitators = List.of();
    private final Map<DraftLabel, Set<String>> paragraphsByDraft = new HashMap<>();
    private DraftLabel currentDraft;
    /** The current draft's text as circulated: what the next version is compared with to carry statuses over. */
    private String currentText;
    /** The current draft's paragraphs that a reading settled, by label; a paragraph not here is pending. */
    private final Map<String, ParagraphStatus> readingStatuses = new HashMap<>();
    private int revisions;
    private int finalDrafts;
    private InputWindow inputWindow;
    private RunningSilence silence;
    private int silenceProcedures;
    private Deadline lastSilenceDeadline;
    private Visibility visibility;

    protected NegotiatedDocument() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public NegotiatedDocument(RegisterDocument command, Actor actor, Timekeeper time) {
        requireRole(actor, Role.SECRETARIAT, NOT_SECRETARIAT, "register a document");
        Instant at = realWorldTime(command.occurredAt(), actor, time);
        apply(new DocumentRegistered(command.documentId(), command.title(), command.kind(), command.body(),
                command.session(), command.mandate(), at, command.visibility()));
    }

    /**
     * Who may read the negotiation is the secretariat's to decide, at any stage: a closed process is often
     * opened to the public once adopted or withdrawn, which changes nothing of its text.
     */
    @CommandHandler
    public long handle(ChangeVisibility command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireRole(actor, Role.SECRETARIAT, NOT_SECRETARIAT, "change who may read a document");
        if (visibility == command.visibility()) {
            throw refusal(SAME_VISIBILITY, "the document is already " + visibility);
        }
        Instant at = stage.isClosed() ? realWorldTime(command.occurredAt(), actor, time)
                : beginAct(command.occurredAt(), actor, time, deadlines);
        apply(new VisibilityChanged(documentId, visibility, command.visibility(), at));
        return recorded();
    }

    @CommandHandler
    public long handle(AppointCoFacilitators command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireRole(actor, Role.SECRETARIAT, NOT_SECRETARIAT, "appoint co-facilitators");
        if (!coFacilitators.isEmpty()) {
            throw refusal(CO_FACILITATORS_ALREADY_APPOINTED,
                    "co-facilitators are already appointed; replace them instead");
        }
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        apply(new CoFacilitatorsAppointed(documentId, command.coFacilitators(), command.letter(), at));
        return recorded();
    }

    @CommandHandler
    public long handle(ReplaceCoFacilitators command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireRole(actor, Role.SECRETARIAT, NOT_SECRETARIAT, "replace co-facilitators");
        if (coFacilitators.isEmpty()) {
            throw refusal(NO_CO_FACILITATORS, "no co-facilitators are appointed yet; appoint them first");
        }
        if (coFacilitators.equals(command.coFacilitators())) {
            throw refusal(SAME_CO_FACILITATORS, "these are the co-facilitators already appointed");
        }
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        apply(new CoFacilitatorsReplaced(documentId, coFacilitators, command.coFacilitators(), command.letter(), at));
        return recorded();
    }

    @CommandHandler
    public long handle(CirculateZeroDraft command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireCoFacilitator(actor, "circulate the zero draft");
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        requireStage("a zero draft follows the appointment of co-facilitators, once", Stage.CO_FACILITATORS_APPOINTED);
        requireDeadlineAfter(command.inputDeadline(), at);
        requireDeadlineWithinReach(command.inputDeadline(), at);
        apply(new ZeroDraftCirculated(documentId, DraftLabel.ZERO, command.text(), paragraphLabels(command.text()),
                at));
        openWindowOnNewDraft(command.inputDeadline(), at, time, deadlines);
        return recorded();
    }

    @CommandHandler
    public long handle(CirculateRevisedDraft command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireCoFacilitator(actor, "circulate a revised draft");
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        if (silence != null && !silence.isBroken()) {
            throw refusal(SILENCE_RUNNING, "the current draft is under silence until " + silence.deadline.at()
                    + "; a revision follows only a broken silence");
        }
        requireStage("a revised draft follows a zero draft, a revised draft or a broken silence",
                Stage.ZERO_DRAFT, Stage.REVISED_DRAFT, Stage.SILENCE_BROKEN);
        requireDeadlineAfter(command.inputDeadline(), at);
        requireDeadlineWithinReach(command.inputDeadline(), at);
        if (silence != null) {
            concludeSilence(at, deadlines, false);
        }
        closeWindowOfSupersededDraft(at, deadlines);
        int revision = revisions + 1;
        Reading before = lastReading();
        apply(new RevisedDraftCirculated(documentId, DraftLabel.revision(revision), revision, command.text(),
                paragraphLabels(command.text()), at));
        carryStatusesOver(before, at);
        openWindowOnNewDraft(command.inputDeadline(), at, time, deadlines);
        return recorded();
    }

    @CommandHandler
    public long handle(CirculateFinalDraft command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireCoFacilitator(actor, "circulate the final draft");
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        requireNoSilence();
        requireStage("a final draft follows a zero or revised draft, or a passed silence",
                Stage.ZERO_DRAFT, Stage.REVISED_DRAFT, Stage.SILENCE_PASSED);
        closeWindowOfSupersededDraft(at, deadlines);
        Reading before = lastReading();
        apply(new FinalDraftCirculated(documentId, DraftLabel.finalDraft(finalDrafts + 1), command.text(),
                paragraphLabels(command.text()), at));
        carryStatusesOver(before, at);
        return recorded();
    }

    @CommandHandler
    public long handle(SubmitInput command, Actor actor, Timekeeper time, DeadlineManager deadlines,
                       GroupMandates mandates) {
        requireOpen();
        requireOwnDelegation(actor, command.delegation(), "submit input");
        requireGroup(command.onBehalfOf());
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        requireMandate(command.delegation(), command.onBehalfOf(), at, actor, time, mandates);
        requireCurrentDraft(command.onDraft());
        requireParagraphs(command.onDraft(), command.proposals());
        requireNoSilence();
        requireStage("written input is taken on a draft under consultation", DRAFT_UNDER_CONSULTATION);
        if (inputWindow != null && inputWindow.onDraft().equals(currentDraft)) {
            if (!inTime(inputWindow.deadline(), at, actor, time)) {
                throw refusal(DEADLINE_PASSED, "input on " + currentDraft.displayName() + " was due before "
                        + inputWindow.deadline().at());
            }
            if (inputWindow.closed()) {
                throw refusal(INPUT_WINDOW_CLOSED, "the window for input on " + currentDraft.displayName()
                        + " is closed");
            }
        }
        apply(new InputSubmitted(documentId, command.onDraft(), command.delegation(), command.onBehalfOf(),
                command.comments(), command.proposals(), at));
        return recorded();
    }

    @CommandHandler
    public long handle(OpenInputWindow command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireCoFacilitator(actor, "open the window for input");
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        requireNoSilence();
        requireStage("input is taken on a draft under consultation", DRAFT_UNDER_CONSULTATION);
        boolean sameDraft = inputWindow != null && inputWindow.onDraft().equals(currentDraft);
        if (sameDraft && !inputWindow.closed()) {
            throw refusal(INPUT_WINDOW_ALREADY_OPEN, "the window for input on " + currentDraft.displayName()
                    + " is open until " + inputWindow.deadline().at() + "; extend it instead");
        }
        requireDeadlineAfter(command.deadline(), at);
        requireDeadlineWithinReach(command.deadline(), at);
        if (sameDraft) {
            apply(new InputWindowReopened(documentId, currentDraft, command.deadline(), at));
        } else {
            apply(new InputWindowOpened(documentId, currentDraft, command.deadline(), at));
        }
        scheduleInputWindowDeadline(time, deadlines);
        return recorded();
    }

    @CommandHandler
    public long handle(ExtendInputWindow command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireCoFacilitator(actor, "extend the window for input");
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        if (inputWindow == null || inputWindow.closed()) {
            throw refusal(INPUT_WINDOW_NOT_OPEN, "no window for input is open; open or reopen one instead");
        }
        if (!inTime(inputWindow.deadline(), at, actor, time)) {
            throw refusal(DEADLINE_PASSED, "the window for input closed at " + inputWindow.deadline().at()
                    + "; reopen it instead");
        }
        requireLaterDeadline(command.deadline(), inputWindow.deadline());
        requireDeadlineWithinReach(command.deadline(), at);
        apply(new InputWindowExtended(documentId, inputWindow.onDraft(), inputWindow.deadline(), command.deadline(),
                at));
        scheduleInputWindowDeadline(time, deadlines);
        return recorded();
    }

    @CommandHandler
    public long handle(CloseInputWindow command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        if (!actor.is(Role.SYSTEM)) {
            requireCoFacilitator(actor, "close the window for input");
        }
        if (inputWindow == null || inputWindow.closed()) {
            throw refusal(INPUT_WINDOW_NOT_OPEN, "no window for input is open");
        }
        Instant at = actor.is(Role.SYSTEM) ? deadlineReached(inputWindow.deadline(), time)
                : beginAct(command.occurredAt(), actor, time, deadlines);
        if (inputWindow.closed()) {
            throw refusal(INPUT_WINDOW_NOT_OPEN, "the window for input closed at its deadline, "
                    + inputWindow.deadline().at());
        }
        closeWindow(at, deadlines, actor.is(Role.SYSTEM));
        return recorded();
    }

    @CommandHandler
    public long handle(RecordMeeting command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireCoFacilitator(actor, "record a meeting");
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        apply(new MeetingRecorded(documentId, command.kind(), command.title(), command.heldOn(), command.summary(), at));
        return recorded();
    }

    /**
     * After a reading, the co-facilitators record where paragraphs of the draft under consultation stand; the
     * secretariat records a past reading for them ({@code recordedFor}). Only the current version is read.
     */
    @CommandHandler
    public long handle(RecordParagraphStatus command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireCoFacilitator(actor, "record where paragraphs stand after a reading");
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        requireCurrentDraft(command.onDraft());
        requireNoSilence();
        requireStage("paragraphs are read on a draft under consultation", DRAFT_UNDER_CONSULTATION);
        Set<String> paragraphs = paragraphsByDraft.get(command.onDraft());
        for (ParagraphStatus status : command.paragraphs()) {
            if (!paragraphs.contains(status.paragraph())) {
                throw refusal(UNKNOWN_PARAGRAPH, "paragraphs[].paragraph: " + command.onDraft().displayName()
                        + " has no paragraph " + status.paragraph());
            }
        }
        if (command.paragraphs().stream().allMatch(status -> status.equals(statusOf(status.paragraph())))) {
            throw refusal(PARAGRAPH_STATUS_UNCHANGED, "every paragraph named already stands as given on "
                    + command.onDraft().displayName());
        }
        apply(new ParagraphStatusRecorded(documentId, command.onDraft(), command.paragraphs(), at));
        return recorded();
    }

    @CommandHandler
    public long handle(PublishSupportingDocument command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        if (!actor.is(Role.SECRETARIAT) && !isCoFacilitator(actor)) {
            throw refusal(NOT_SECRETARIAT_OR_CO_FACILITATOR,
                    "only the secretariat or a co-facilitator may publish a supporting document");
        }
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        apply(new SupportingDocumentPublished(documentId, command.kind(), command.title(), command.url(), at));
        return recorded();
    }

    @CommandHandler
    public long handle(StartSilence command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireCoFacilitator(actor, "start a silence procedure");
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        if (silence != null) {
            throw refusal(SILENCE_RUNNING, "silence procedure " + silence.procedure + " runs until "
                    + silence.deadline.at());
        }
        if (stage == Stage.ZERO_DRAFT) {
            throw refusal(SILENCE_ON_ZERO_DRAFT, "silence runs on a revised or final draft, not on the zero draft");
        }
        requireStage("silence runs on the current revised or final draft",
                Stage.REVISED_DRAFT, Stage.FINAL_DRAFT, Stage.SILENCE_BROKEN);
        requireDeadlineAfter(command.deadline(), at);
        requireDeadlineWithinReach(command.deadline(), at);
        requireNotice(command.deadline(), actor, time);
        closeWindowOfSupersededDraft(at, deadlines);
        apply(new SilenceStarted(documentId, silenceProcedures + 1, currentDraft, command.deadline(), at));
        scheduleSilenceDeadline(time, deadlines);
        return recorded();
    }

    @CommandHandler
    public long handle(ExtendSilence command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireCoFacilitator(actor, "extend the silence procedure");
        requireSilenceRunning();
        Instant at = realWorldTime(command.occurredAt(), actor, time);
        requireBeforeSilenceDeadline(at, actor, time, "extended");
        requireLaterDeadline(command.deadline(), silence.deadline);
        requireDeadlineWithinReach(command.deadline(), at);
        requireNotice(command.deadline(), actor, time);
        apply(new SilenceExtended(documentId, silence.procedure, silence.deadline, command.deadline(), at));
        scheduleSilenceDeadline(time, deadlines);
        return recorded();
    }

    @CommandHandler
    public long handle(BreakSilence command, Actor actor, Timekeeper time, DeadlineManager deadlines,
                       GroupMandates mandates) {
        requireOpen();
        requireOwnDelegation(actor, command.delegation(), "break silence");
        requireGroup(command.onBehalfOf());
        Instant at = realWorldTime(command.occurredAt(), actor, time);
        requireMandate(command.delegation(), command.onBehalfOf(), at, actor, time, mandates);
        if (silence == null && lastSilenceDeadline != null && !inTime(lastSilenceDeadline, at, actor, time)) {
            throw refusal(DEADLINE_PASSED, "silence procedure " + silenceProcedures + " ended at "
                    + lastSilenceDeadline.at() + "; it can no longer be broken");
        }
        requireSilenceRunning();
        if (isCoFacilitator(actor)) {
            throw refusal(CO_FACILITATOR_CANNOT_BREAK_SILENCE,
                    "a co-facilitator's delegation put the text under silence and cannot break it");
        }
        requireBeforeSilenceDeadline(at, actor, time, "broken");
        requireParagraphs(silence.onDraft, command.proposals());
        if (silence.brokenBy.contains(command.delegation())) {
            throw refusal(ALREADY_BROKE_SILENCE, command.delegation() + " already broke silence procedure "
                    + silence.procedure);
        }
        apply(new SilenceBroken(documentId, silence.procedure, command.delegation(), command.onBehalfOf(),
                command.reason(), command.proposals(), at));
        return recorded();
    }

    @CommandHandler
    public long handle(ConcludeSilence command, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        if (silence == null || silence.procedure != command.procedure()) {
            throw refusal(SILENCE_NOT_RUNNING, "silence procedure " + command.procedure() + " is not running");
        }
        concludeSilence(deadlineReached(silence.deadline, time), deadlines, true);
        return recorded();
    }

    @CommandHandler
    public long handle(DeclareConsensus command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireCoFacilitator(actor, "declare consensus");
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        requireNoSilence();
        requireStage("consensus follows a final draft or a passed silence", Stage.FINAL_DRAFT, Stage.SILENCE_PASSED);
        apply(new ConsensusDeclared(documentId, currentDraft, command.note(), at));
        return recorded();
    }

    @CommandHandler
    public long handle(RecordAdoption command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        requireRole(actor, Role.SECRETARIAT, NOT_SECRETARIAT, "record the adoption");
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        requireStage("adoption follows consensus", Stage.CONSENSUS);
        apply(new DocumentAdopted(documentId, command.symbol(), command.adoptedOn(), command.method(), command.votes(),
                command.draftSymbol(), currentDraft, at));
        return recorded();
    }

    @CommandHandler
    public long handle(WithdrawDocument command, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        requireOpen();
        if (!actor.is(Role.SECRETARIAT) && !isCoFacilitator(actor)) {
            throw refusal(NOT_SECRETARIAT_OR_CO_FACILITATOR,
                    "only the secretariat or a co-facilitator may withdraw the document");
        }
        Instant at = beginAct(command.occurredAt(), actor, time, deadlines);
        apply(new DocumentWithdrawn(documentId, command.reason(), at));
        return recorded();
    }

    private ParagraphStatus statusOf(String paragraph) {
        return readingStatuses.getOrDefault(paragraph, ParagraphStatus.pending(paragraph));
    }

    /** The version being replaced, its text and where its paragraphs stood: what a new version is compared with. */
    private record Reading(DraftLabel draft, String text, Map<String, ParagraphStatus> statuses) {
    }

    private Reading lastReading() {
        return new Reading(currentDraft, currentText, Map.copyOf(readingStatuses));
    }

    /**
     * Records the statuses that the newly circulated version's paragraphs keep, for each paragraph whose wording
     * the version before had word for word (the redline's matching), under its new label. The old text is read
     * here, while circulating, never while loading; a text today's reader refuses carries nothing.
     */
    private void carryStatusesOver(Reading before, Instant at) {
        if (before.statuses().isEmpty()) {
            return;
        }
        List<Paragraph> later = DraftText.readRecorded(currentText).paragraphs();
        Map<String, Paragraph> unchanged =
                UnchangedWording.laterToEarlier(DraftText.readRecorded(before.text()).paragraphs(), later);
        List<CarriedStatus> carried = new ArrayList<>();
        for (Paragraph paragraph : later) {
            Paragraph earlier = unchanged.get(paragraph.label());
            ParagraphStatus status = earlier == null ? null : before.statuses().get(earlier.label());
            if (status != null) {
                carried.add(new CarriedStatus(earlier.label(), status.as(paragraph.label())));
            }
        }
        if (!carried.isEmpty()) {
            apply(new ParagraphStatusesCarriedOver(documentId, before.draft(), currentDraft, carried, at));
        }
    }

    private void requireOpen() {
        if (stage == Stage.ADOPTED) {
            throw refusal(ALREADY_ADOPTED, "the document is adopted; nothing about it changes any more");
        }
        if (stage == Stage.WITHDRAWN) {
            throw refusal(DOCUMENT_WITHDRAWN, "the document was withdrawn");
        }
    }

    private static void requireRole(Actor actor, Role role, NegotiationRule rule, String act) {
        if (!actor.is(role)) {
            throw refusal(rule, "only the " + role.name().toLowerCase() + " may " + act);
        }
    }

    private boolean isCoFacilitator(Actor actor) {
        return actor.is(Role.DELEGATE)
                && coFacilitators.stream().anyMatch(c -> c.delegation().equals(actor.delegation()));
    }

    private void requireCoFacilitator(Actor actor, String act) {
        if (!isCoFacilitator(actor)) {
            throw refusal(NOT_A_CO_FACILITATOR, "only an appointed co-facilitator may " + act);
        }
    }

    private static void requireOwnDelegation(Actor actor, Delegation delegation, String act) {
        if (!actor.is(Role.DELEGATE)) {
            throw refusal(NOT_A_DELEGATE, "only a delegate may " + act);
        }
        if (!actor.delegation().equals(delegation)) {
            throw refusal(NOT_YOUR_DELEGATION, "a delegate of " + actor.delegation() + " cannot " + act
                    + " in the name of " + delegation);
        }
    }

    private static void requireGroup(Delegation onBehalfOf) {
        if (onBehalfOf != null && !onBehalfOf.isGroup()) {
            throw refusal(NOT_A_GROUP, "onBehalfOf: " + onBehalfOf + " is not a group of states");
        }
    }

    /**
     * A statement on behalf of a group is made by the group's own delegation, or by a delegation whose
     * mandate covers the day of the act ({@link Mandate#ZONE}). As a live deadline, the mandate of an act its
     * delegation dates itself (up to {@link #RECENT_PAST} back) must cover its receipt too: dating a statement
     * back is no way into a mandate that has ended.
     */
    private static void requireMandate(Delegation delegation, Delegation onBehalfOf, Instant at, Actor actor,
                                       Timekeeper time, GroupMandates mandates) {
        if (onBehalfOf == null) {
            return;
        }
        boolean coveredAtItsDate = mandates.speaksFor(delegation, onBehalfOf, at);
        Instant receipt = time.now();
        boolean judgedAtReceiptToo = !actor.recordsThePast() && !Mandate.dayOf(receipt).equals(Mandate.dayOf(at));
        if (!coveredAtItsDate || judgedAtReceiptToo && !mandates.speaksFor(delegation, onBehalfOf, receipt)) {
            Instant uncovered = coveredAtItsDate ? receipt : at;
            throw refusal(NOT_MANDATED_FOR_GROUP, "onBehalfOf: " + delegation + " has no mandate to speak for "
                    + onBehalfOf + " on " + Mandate.dayOf(uncovered) + " (" + Mandate.ZONE + ")"
                    + (coveredAtItsDate ? ", the day the statement was received" : "")
                    + "; the secretariat records who speaks for a group (POST /api/groups/" + onBehalfOf
                    + "/spokespersons)");
        }
    }

    private void requireStage(String rule, Stage... allowed) {
        requireStage(rule, EnumSet.of(allowed[0], allowed));
    }

    private void requireStage(String rule, Set<Stage> allowed) {
        if (!allowed.contains(stage)) {
            throw refusal(WRONG_STAGE, rule + "; the document is at " + stage);
        }
    }

    private void requireCurrentDraft(DraftLabel label) {
        if (!paragraphsByDraft.containsKey(label)) {
            throw refusal(UNKNOWN_DRAFT, "no draft " + label + " was circulated");
        }
        if (!label.equals(currentDraft)) {
            throw refusal(DRAFT_SUPERSEDED, label.displayName() + " was superseded by " + currentDraft.displayName());
        }
    }

    private void requireParagraphs(DraftLabel draft, List<Proposal> proposals) {
        Set<String> paragraphs = paragraphsByDraft.get(draft);
        for (Proposal proposal : proposals) {
            if (!paragraphs.contains(proposal.paragraph())) {
                throw refusal(UNKNOWN_PARAGRAPH, "proposals[].paragraph: " + draft.displayName() + " has no paragraph "
                        + proposal.paragraph());
            }
        }
    }

    private void requireNoSilence() {
        if (silence != null) {
            throw refusal(SILENCE_RUNNING, "the text is under silence until " + silence.deadline.at());
        }
    }

    private void requireSilenceRunning() {
        if (silence == null) {
            throw refusal(SILENCE_NOT_RUNNING, "no silence procedure is running");
        }
    }

    private void requireBeforeSilenceDeadline(Instant at, Actor actor, Timekeeper time, String act) {
        if (!inTime(silence.deadline, at, actor, time)) {
            throw refusal(DEADLINE_PASSED, "silence procedure " + silence.procedure + " ended at "
                    + silence.deadline.at() + "; it can no longer be " + act);
        }
    }

    private static void requireDeadlineAfter(Deadline deadline, Instant at) {
        if (deadline != null && !deadline.at().isAfter(at)) {
            throw refusal(DEADLINE_NOT_AFTER_START, "the deadline " + deadline.at() + " must fall after " + at);
        }
    }

    /**
     * A deadline falls within {@link RecordableTime#LONGEST_DEADLINE} of the act that sets it; a command
     * that dates its act is checked so already, an act dated at its receipt only here.
     */
    private static void requireDeadlineWithinReach(Deadline deadline, Instant at) {
        if (deadline != null && deadline.at().isAfter(at.plus(RecordableTime.LONGEST_DEADLINE))) {
            throw refusal(DEADLINE_TOO_FAR, "deadline: " + deadline.at() + " lies more than "
                    + RecordableTime.LONGEST_DEADLINE.toDays()
                    + " days after the act that sets it (" + at + ")");
        }
    }

    /**
     * A co-facilitator gives a silence procedure real notice; a silence whose deadline is near or past is
     * history, which only the secretariat records.
     */
    private static void requireNotice(Deadline deadline, Actor actor, Timekeeper time) {
        if (!actor.recordsThePast() && deadline.at().isBefore(time.earliestSilenceDeadline())) {
            throw refusal(SILENCE_NOTICE_TOO_SHORT, "deadline: " + deadline.at() + " gives less than the "
                    + time.minimumNotice().toMinutes() + " minutes' notice a silence procedure needs; "
                    + "a silence that has already run is recorded by the secretariat");
        }
    }

    /**
     * Whether an act dated {@code at} came before a live deadline: judged by its date and, unless the
     * secretariat records it as history, by when it reached Draftline, whatever date it bears.
     */
    private static boolean inTime(Deadline deadline, Instant at, Actor actor, Timekeeper time) {
        return deadline.admits(at) && (actor.recordsThePast() || deadline.admits(time.now()));
    }

    private static void requireLaterDeadline(Deadline proposed, Deadline current) {
        if (!proposed.isAfter(current)) {
            throw refusal(DEADLINE_NOT_LATER, "the new deadline " + proposed.at() + " is not later than "
                    + current.at());
        }
    }

    private static Instant deadlineReached(Deadline deadline, Timekeeper time) {
        if (time.now().isBefore(deadline.at())) {
            throw refusal(DEADLINE_NOT_REACHED, "the deadline " + deadline.at() + " has not come yet");
        }
        return deadline.at();
    }

    /** The real-world time of an act, as trusted time ({@link Timekeeper#realWorldTime}) admits it after the last step. */
    private Instant realWorldTime(Instant requested, Actor actor, Timekeeper time) {
        return time.realWorldTime(requested, actor, lastOccurredAt);
    }

    /**
     * The real-world time of an act, after recording the end of a silence or input window whose deadline
     * the act's date has passed: the record then reads in real-world order even when loaded long after.
     * If the act is refused later on, the whole command is rolled back with it.
     */
    private Instant beginAct(Instant requested, Actor actor, Timekeeper time, DeadlineManager deadlines) {
        Instant at = realWorldTime(requested, actor, time);
        if (silence != null && silence.isOverBy(at)) {
            concludeSilence(silence.deadline.at(), deadlines, true);
        }
        if (inputWindow != null && inputWindow.isPastDeadlineAt(at)) {
            closeWindow(inputWindow.deadline().at(), deadlines, true);
        }
        return at;
    }

    /**
     * Records the procedure's outcome, as Draftline's own act when its deadline came; {@code deadlines} is
     * null when that deadline's own trigger is what fired.
     */
    private void concludeSilence(Instant at, DeadlineManager deadlines, boolean deadlineCame) {
        SilenceOutcome outcome = silence.isBroken() ? SilenceOutcome.BROKEN : SilenceOutcome.PASSED;
        record(new SilenceConcluded(documentId, silence.procedure, outcome, List.copyOf(silence.brokenBy), at),
                deadlineCame);
        if (deadlines != null) {
            deadlines.cancelAllWithinScope(SILENCE_DEADLINE);
        }
    }

    /** Applies an event, marked as Draftline's own when a deadline brought it about. */
    private static void record(DocumentEvent event, boolean deadlineCame) {
        if (deadlineCame) {
            apply(event, MetaData.with(Actor.BY_DEADLINE, "true"));
        } else {
            apply(event);
        }
    }

    private void scheduleSilenceDeadline(Timekeeper time, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(SILENCE_DEADLINE);
        deadlines.schedule(time.triggerFor(silence.deadline), SILENCE_DEADLINE,
                new SilenceDeadlineReached(silence.procedure, silence.deadline.at()));
    }

    /** Closes the open input window; {@code deadlines} is null when its own deadline is what fired. */
    private void closeWindow(Instant at, DeadlineManager deadlines, boolean deadlineCame) {
        record(new InputWindowClosed(documentId, inputWindow.onDraft(), at), deadlineCame);
        if (deadlines != null) {
            deadlines.cancelAllWithinScope(INPUT_WINDOW_DEADLINE);
        }
    }

    private void closeWindowOfSupersededDraft(Instant at, DeadlineManager deadlines) {
        if (inputWindow != null && !inputWindow.closed()) {
            closeWindow(at, deadlines, false);
        }
    }

    private void scheduleInputWindowDeadline(Timekeeper time, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(INPUT_WINDOW_DEADLINE);
        deadlines.schedule(time.triggerFor(inputWindow.deadline()), INPUT_WINDOW_DEADLINE,
                new InputWindowDeadlineReached(inputWindow.onDraft(), inputWindow.deadline().at()));
    }

    private void openWindowOnNewDraft(Deadline deadline, Instant at, Timekeeper time, DeadlineManager deadlines) {
        if (deadline != null) {
            apply(new InputWindowOpened(documentId, currentDraft, deadline, at));
            scheduleInputWindowDeadline(time, deadlines);
        }
    }

    /**
     * A silence deadline came. It concludes the procedure it was scheduled for, unless that procedure
     * has already concluded or its deadline was moved since (the deadline is then stale and changes
     * nothing: the current one is scheduled).
     */
    @DeadlineHandler(deadlineName = SILENCE_DEADLINE)
    void on(SilenceDeadlineReached reached) {
        if (silence != null && silence.procedure == reached.procedure()
                && silence.deadline.at().equals(reached.deadline())) {
            concludeSilence(silence.deadline.at(), null, true);
        }
    }

    /** An input window's deadline came: the window closes, unless it closed or moved since. */
    @DeadlineHandler(deadlineName = INPUT_WINDOW_DEADLINE)
    void on(InputWindowDeadlineReached reached) {
        if (inputWindow != null && !inputWindow.closed() && inputWindow.onDraft().equals(reached.onDraft())
                && inputWindow.deadline().at().equals(reached.deadline())) {
            closeWindow(inputWindow.deadline().at(), null, true);
        }
    }

    /** The document's sequence number after this command: what the client may wait for on the query side. */
    private static long recorded() {
        return AggregateLifecycle.getVersion();
    }

    private static RuleViolation refusal(NegotiationRule rule, String detail) {
        return new RuleViolation(rule, detail);
    }

    /** Sets the state an event leaves behind; no checks, no side effects. */
    @EventSourcingHandler
    void on(DocumentEvent event) {
        lastOccurredAt = event.occurredAt();
        if (event instanceof DocumentRegistered registered) {
            documentId = registered.documentId();
            stage = Stage.REGISTERED;
            visibility = Visibility.orDefault(registered.visibility());
        } else if (event instanceof VisibilityChanged changed) {
            visibility = changed.visibility();
        } else if (event instanceof CoFacilitatorsAppointed appointed) {
            coFacilitators = appointed.coFacilitators();
            stage = Stage.CO_FACILITATORS_APPOINTED;
        } else if (event instanceof CoFacilitatorsReplaced replaced) {
            coFacilitators = replaced.coFacilitators();
        } else if (event instanceof ZeroDraftCirculated zeroDraft) {
            circulated(zeroDraft.label(), zeroDraft.text(), zeroDraft.paragraphs(), Stage.ZERO_DRAFT);
        } else if (event instanceof RevisedDraftCirculated revised) {
            revisions = revised.revision();
            circulated(revised.label(), revised.text(), revised.paragraphs(), Stage.REVISED_DRAFT);
        } else if (event instanceof FinalDraftCirculated finalDraft) {
            finalDrafts++;
            circulated(finalDraft.label(), finalDraft.text(), finalDraft.paragraphs(), Stage.FINAL_DRAFT);
        } else if (event instanceof ParagraphStatusRecorded recorded) {
            for (ParagraphStatus status : recorded.paragraphs()) {
                settle(status);
            }
        } else if (event instanceof ParagraphStatusesCarriedOver carried) {
            for (CarriedStatus status : carried.paragraphs()) {
                settle(status.status());
            }
        } else if (event instanceof InputWindowOpened opened) {
            inputWindow = new InputWindow(opened.onDraft(), opened.deadline(), false);
        } else if (event instanceof InputWindowReopened reopened) {
            inputWindow = new InputWindow(reopened.onDraft(), reopened.deadline(), false);
        } else if (event instanceof InputWindowExtended extended) {
            inputWindow = new InputWindow(extended.onDraft(), extended.deadline(), false);
        } else if (event instanceof InputWindowClosed closed) {
            inputWindow = new InputWindow(closed.onDraft(), inputWindow.deadline(), true);
        } else if (event instanceof SilenceStarted started) {
            silenceProcedures = started.procedure();
            silence = new RunningSilence(started.procedure(), started.onDraft(), started.deadline());
            stage = Stage.UNDER_SILENCE;
        } else if (event instanceof SilenceExtended extended) {
            silence.deadline = extended.deadline();
        } else if (event instanceof SilenceBroken broken) {
            silence.brokenBy.add(broken.delegation());
            stage = Stage.SILENCE_BROKEN;
        } else if (event instanceof SilenceConcluded concluded) {
            lastSilenceDeadline = silence.deadline;
            silence = null;
            stage = concluded.outcome() == SilenceOutcome.PASSED ? Stage.SILENCE_PASSED : Stage.SILENCE_BROKEN;
        } else if (event instanceof ConsensusDeclared) {
            stage = Stage.CONSENSUS;
        } else if (event instanceof DocumentAdopted) {
            stage = Stage.ADOPTED;
        } else if (event instanceof DocumentWithdrawn) {
            stage = Stage.WITHDRAWN;
        }
    }

    /** Takes the labels the event recorded: the text is never read again, whatever its reader has become. */
    private void circulated(DraftLabel label, String text, List<String> paragraphs, Stage newStage) {
        paragraphsByDraft.put(label, Set.copyOf(paragraphs));
        currentDraft = label;
        currentText = text;
        readingStatuses.clear();
        stage = newStage;
    }

    private void settle(ParagraphStatus status) {
        if (status.status() == ReadingStatus.PENDING) {
            readingStatuses.remove(status.paragraph());
        } else {
            readingStatuses.put(status.paragraph(), status);
        }
    }

    /** The paragraph labels a circulation event records, read from the text while it is being circulated. */
    private static List<String> paragraphLabels(String text) {
        return DraftText.parse(text).labels();
    }
}
