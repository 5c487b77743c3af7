package org.draftline.query.feeds;

import org.draftline.api.ReadableTimes;
import org.draftline.api.Deadline;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.DocumentAdopted;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.document.DocumentEvent.DocumentWithdrawn;
import org.draftline.api.document.DocumentEvent.InputWindowClosed;
import org.draftline.api.document.DocumentEvent.InputWindowExtended;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.InputWindowReopened;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.SilenceExtended;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.feed.Deadlines;
import org.draftline.api.feed.Deadlines.Kind;
import org.draftline.api.silence.SilenceOutcome;
import org.draftline.query.history.RecordedEvents.Recorded;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's deadlines read from its record, oldest act first: each silence procedure and each window for
 * input is one deadline, which an extension moves (its revision counts up) and which is cancelled once it no
 * longer stands: silence broken, a window closed before its deadline (a new draft superseded the one it was
 * on), a procedure ended early, the document withdrawn or adopted before it.
 */
final class DeadlineFold {

    private final DocumentId documentId;
    private String title;
    private final Map<String, Standing> deadlines = new LinkedHashMap<>();
    private Standing silence;
    private Standing window;
    private int windows;

    private DeadlineFold(DocumentId documentId) {
        this.documentId = documentId;
        this.title = documentId.value();
    }

    static List<Deadlines.Entry> of(DocumentId documentId, List<Recorded> record) {
        DeadlineFold fold = new DeadlineFold(documentId);
        record.forEach(fold::apply);
        return fold.deadlines.values().stream().map(fold::entry).toList();
    }

    private void apply(Recorded recorded) {
        DocumentEvent event = recorded.event();
        Instant at = recorded.entry().recordedAt();
        if (event instanceof DocumentRegistered registered) {
            title = registered.title();
        } else if (event instanceof SilenceStarted started) {
            silence = set(Kind.SILENCE, started.procedure(), started.onDraft(), started.deadline(), at);
        } else if (event instanceof SilenceExtended extended && silence != null) {
            silence.extend(extended.deadline(), at);
        } else if (event instanceof SilenceBroken broken && silence != null) {
            silence.cancel("Silence was broken on " + ReadableTimes.longForm(broken.occurredAt()) + ".", at);
        } else if (event instanceof SilenceConcluded concluded && silence != null) {
            if (concluded.outcome() == SilenceOutcome.BROKEN) {
                silence.cancel("Silence was broken.", at);
            } else if (silence.deadline.admits(concluded.occurredAt())) {
                silence.cancel("The procedure ended before its deadline.", at);
            } else {
                silence.state = "Silence passed: nobody broke it.";
            }
            silence = null;
        } else if (event instanceof InputWindowOpened opened) {
            window = set(Kind.INPUT, ++windows, opened.onDraft(), opened.deadline(), at);
        } else if (event instanceof InputWindowReopened reopened) {
            window = set(Kind.INPUT, ++windows, reopened.onDraft(), reopened.deadline(), at);
        } else if (event instanceof InputWindowExtended extended && window != null) {
            window.extend(extended.deadline(), at);
        } else if (event instanceof InputWindowClosed closed && window != null) {
            if (window.deadline.admits(closed.occurredAt())) {
                window.cancel("The window closed early, on " + ReadableTimes.longForm(closed.occurredAt())
                        + " (a newer draft superseded the one it was on).", at);
            } else {
                window.state = "The window closed at its deadline.";
            }
            window = null;
        } else if (event instanceof DocumentWithdrawn withdrawn) {
            cancelStanding(withdrawn.occurredAt(), "The document was withdrawn.", at);
        } else if (event instanceof DocumentAdopted adopted) {
            cancelStanding(adopted.occurredAt(), "The document was adopted.", at);
        }
    }

    private Standing set(Kind kind, int ordinal, DraftLabel draft, Deadline deadline, Instant at) {
        Standing standing = new Standing(kind, ordinal, draft, deadline, at);
        deadlines.put(kind + "-" + ordinal, standing);
        return standing;
    }

    private void cancelStanding(Instant occurredAt, String why, Instant at) {
        for (Standing standing : java.util.stream.Stream.of(silence, window).filter(java.util.Objects::nonNull).toList()) {
            if (standing.deadline.admits(occurredAt)) {
                standing.cancel(why, at);
            }
        }
        silence = null;
        window = null;
    }

    private Deadlines.Entry entry(Standing standing) {
        return new Deadlines.Entry(documentId, title, standing.kind, standing.ordinal,
                standing.draft == null ? null : standing.draft.displayName(), standing.deadline, standing.revision,
                standing.setAt, standing.changedAt, standing.cancelled, standing.state);
    }

    /** One deadline as the record has it so far. */
    private static final class Standing {

        private final Kind kind;
        private final int ordinal;
        private final DraftLabel draft;
        private final Instant setAt;
        private Deadline deadline;
        private int revision;
        private Instant changedAt;
        private boolean cancelled;
        private String state;

        private Standing(Kind kind, int ordinal, DraftLabel draft, Deadline deadline, Instant setAt) {
            this.kind = kind;
            this.ordinal = ordinal;
            this.draft = draft;
            this.deadline = deadline;
            this.setAt = setAt;
            this.changedAt = setAt;
        }

        private void extend(Deadline later, Instant at) {
            if (!cancelled) {
                deadline = later;
                revision++;
                changedAt = at;
                state = null;
            }
        }

        private void cancel(String why, Instant at) {
            if (!cancelled) {
                cancelled = true;
                revision++;
                changedAt = at;
                state = why;
            }
        }
    }
}
