package org.draftline.query.notifications;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.draftline.api.Deadline;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.DocumentAdopted;
import org.draftline.api.document.DocumentEvent.DocumentWithdrawn;
import org.draftline.api.document.DocumentEvent.InputWindowClosed;
import org.draftline.api.document.DocumentEvent.InputWindowExtended;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.InputWindowReopened;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.SilenceExtended;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The reminders before a deadline ("silence passes in 24 h", "input window closes in 24 h"): one
 * db-scheduler task ({@value #TASK}) per document and kind, scheduled at the deadline less
 * {@code draftline.notifications.reminder-before}, moved when the deadline is extended, cancelled when
 * the silence is broken or concluded, the window closed, the document adopted or withdrawn. The task
 * reads the deadline again when it fires, so a reminder whose deadline moved or went is never sent.
 */
@Component
class Reminders {

    static final String TASK = "notification-reminder";
    private static final String SILENCE = "silence";
    private static final String INPUT = "input";
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final ObjectProvider<SchedulerClient> scheduler;
    private final NotifiedDocuments documents;
    private final MailOutbox mails;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Reminders(ObjectProvider<SchedulerClient> scheduler, NotifiedDocuments documents, MailOutbox mails,
              NotificationProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.scheduler = scheduler;
        this.documents = documents;
        this.mails = mails;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Plans, moves or cancels the reminders an event concerns (in the event's transaction). */
    void on(DocumentEvent event, Instant recordedAt) {
        String document = event.documentId().value();
        if (event instanceof SilenceStarted started) {
            plan(SILENCE, document, started.deadline(), recordedAt);
        } else if (event instanceof SilenceExtended extended) {
            plan(SILENCE, document, extended.deadline(), recordedAt);
        } else if (event instanceof SilenceBroken || event instanceof SilenceConcluded) {
            cancel(SILENCE, document);
        } else if (event instanceof InputWindowOpened opened) {
            plan(INPUT, document, opened.deadline(), recordedAt);
        } else if (event instanceof InputWindowExtended extended) {
            plan(INPUT, document, extended.deadline(), recordedAt);
        } else if (event instanceof InputWindowReopened reopened) {
            plan(INPUT, document, reopened.deadline(), recordedAt);
        } else if (event instanceof InputWindowClosed) {
            cancel(INPUT, document);
        } else if (event instanceof DocumentAdopted || event instanceof DocumentWithdrawn) {
            cancel(SILENCE, document);
            cancel(INPUT, document);
        }
    }

    /** A deadline set with less notice than the reminder's lead gets no reminder: its own mail names it. */
    private void plan(String kind, String document, Deadline deadline, Instant recordedAt) {
        Instant at = deadline.at().minus(properties.reminderBefore());
        if (!at.isAfter(recordedAt)) {
            cancel(kind, document);
            return;
        }
        try {
            scheduler.getObject().schedule(new TaskInstance<Void>(TASK, kind + "|" + document, () -> null,
                    NotificationConfiguration.NOTIFICATION_PRIORITY), at,
                    SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } catch (RuntimeException firing) {
            log.warn("The {} reminder of {} could not be moved to {} (it is being sent now): {}", kind, document, at,
                    firing.toString());
        }
    }

    private void cancel(String kind, String document) {
        TaskInstanceId id = TaskInstanceId.of(TASK, kind + "|" + document);
        try {
            scheduler.getObject().getScheduledExecution(id)
                    .filter(execution -> !execution.isPicked())
                    .ifPresent(execution -> scheduler.getObject().cancel(id));
        } catch (RuntimeException firing) {
            log.debug("The {} reminder of {} was not cancelled (it is firing, and will find no deadline): {}", kind,
                    document, firing.toString());
        }
    }

    /** The task: mails the reminder if the deadline it was planned for still stands and lies ahead. */
    void fire(String instance) {
        int bar = instance.indexOf('|');
        String kind = instance.substring(0, bar);
        String document = instance.substring(bar + 1);
        transaction.executeWithoutResult(status -> {
            Optional<NotifiedDocuments.NotifiedDocument> notified = documents.find(document);
            if (notified.isEmpty()) {
                return;
            }
            NotifiedDocuments.NotifiedDocument state = notified.get();
            boolean silence = kind.equals(SILENCE);
            Deadline deadline = silence ? state.silenceDeadline() : state.inputDeadline();
            if (deadline == null || !deadline.at().isAfter(clock.instant())) {
                return;
            }
            Topic topic = silence ? Topic.SILENCE_PASSING : Topic.INPUT_WINDOW_CLOSING;
            String summary = silence
                    ? "Silence procedure " + state.silenceProcedure() + " passes at its deadline unless a delegation breaks it before then."
                    : "The window for written input on " + state.inputDraft() + " closes at its deadline.";
            String key = "reminder:" + kind + ":" + document + ":" + deadline.at().toEpochMilli();
            mails.enqueue(topic, state, document, summary, deadline, key, null, topic.name());
        });
    }
}
