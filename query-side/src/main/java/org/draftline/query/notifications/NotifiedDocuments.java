package org.draftline.query.notifications;

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
import org.draftline.api.document.DocumentEvent.VisibilityChanged;
import org.draftline.api.document.Visibility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the notifier has read of each document ({@code notification_document}), kept by the notifier's own
 * processor in the record's order: so whether an observer may hear of an event, and which deadline a
 * reminder is for, are judged as the record stood at that event, not as another read model stands.
 */
@Component
class NotifiedDocuments {

    record NotifiedDocument(String id, String title, Visibility visibility, Integer silenceProcedure,
                            Deadline silenceDeadline, String inputDraft, Deadline inputDeadline) {
    }

    private final JdbcTemplate jdbc;

    NotifiedDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes in what {@code event} changes of its document. */
    void apply(DocumentEvent event) {
        String id = event.documentId().value();
        if (event instanceof DocumentRegistered registered) {
            jdbc.update("INSERT INTO notification_document (document_id, title, visibility) VALUES (?, ?, ?)"
                            + " ON CONFLICT (document_id) DO UPDATE SET title = excluded.title, visibility = excluded.visibility",
                    id, registered.title(), Visibility.orDefault(registered.visibility()).name());
        } else if (event instanceof VisibilityChanged changed) {
            jdbc.update("UPDATE notification_document SET visibility = ? WHERE document_id = ?",
                    changed.visibility().name(), id);
        } else if (event instanceof SilenceStarted started) {
            silence(id, started.procedure(), started.deadline());
        } else if (event instanceof SilenceExtended extended) {
            silence(id, extended.procedure(), extended.deadline());
        } else if (event instanceof SilenceBroken || event instanceof SilenceConcluded) {
            silence(id, null, null);
        } else if (event instanceof InputWindowOpened opened) {
            input(id, opened.onDraft().value(), opened.deadline());
        } else if (event instanceof InputWindowExtended extended) {
            input(id, extended.onDraft().value(), extended.deadline());
        } else if (event instanceof InputWindowReopened reopened) {
            input(id, reopened.onDraft().value(), reopened.deadline());
        } else if (event instanceof InputWindowClosed) {
            input(id, null, null);
        } else if (event instanceof DocumentAdopted || event instanceof DocumentWithdrawn) {
            silence(id, null, null);
            input(id, null, null);
        }
    }

    Optional<NotifiedDocument> find(String id) {
        return jdbc.query("SELECT * FROM notification_document WHERE document_id = ?", NotifiedDocuments::row, id)
                .stream().findFirst();
    }

    private void silence(String id, Integer procedure, Deadline deadline) {
        jdbc.update("UPDATE notification_document SET silence_procedure = ?, silence_deadline = ?, silence_zone = ?"
                        + " WHERE document_id = ?", procedure, deadline == null ? null : Timestamp.from(deadline.at()),
                deadline == null ? null : deadline.zone().getId(), id);
    }

    private void input(String id, String draft, Deadline deadline) {
        jdbc.update("UPDATE notification_document SET input_draft = ?, input_deadline = ?, input_zone = ?"
                        + " WHERE document_id = ?", draft, deadline == null ? null : Timestamp.from(deadline.at()),
                deadline == null ? null : deadline.zone().getId(), id);
    }

    private static NotifiedDocument row(ResultSet row, int number) throws SQLException {
        Integer procedure = (Integer) row.getObject("silence_procedure");
        return new NotifiedDocument(row.getString("document_id"), row.getString("title"),
                Visibility.valueOf(row.getString("visibility")), procedure,
                deadline(row.getTimestamp("silence_deadline"), row.getString("silence_zone")),
                row.getString("input_draft"),
                deadline(row.getTimestamp("input_deadline"), row.getString("input_zone")));
    }

    private static Deadline deadline(Timestamp at, String zone) {
        return at == null ? null : new Deadline(at.toInstant(), ZoneId.of(zone));
    }
}
