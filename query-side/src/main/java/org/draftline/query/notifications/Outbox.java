package org.draftline.query.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The messages to deliver ({@code outbox_message}). A message goes to one destination (a webhook, or an
 * account's e-mail), at most once per destination and key (the event's id, or a reminder's key), so a
 * batch of events read again writes nothing twice. Messages to one destination about one document form a
 * lane, delivered in the order they were written.
 */
@Component
class Outbox {

    enum Status { PENDING, DELIVERED, FAILED }

    record Message(long id, UUID webhookId, String recipient, String key, String document, Long sequence,
                   String eventType, String content, Status status, int attempts, Instant createdAt,
                   Instant nextAttemptAt, Instant lastAttemptAt, Integer lastAnswer, String lastError,
                   Instant finishedAt) {
    }

    private static final RowMapper<Message> ROW = Outbox::row;

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a message to a webhook; its id, or nothing when that webhook already has this key. */
    Optional<Long> toWebhook(UUID webhook, String key, String document, Long sequence, String eventType,
                             String content, Instant at) {
        return insert(webhook, null, key, document, sequence, eventType, content, at);
    }

    /** Writes an e-mail to an account; its id, or nothing when that account already has this key. */
    Optional<Long> toAccount(String username, String key, String document, Long sequence, String eventType,
                             String content, Instant at) {
        return insert(null, username, key, document, sequence, eventType, content, at);
    }

    private Optional<Long> insert(UUID webhook, String recipient, String key, String document, Long sequence,
                                  String eventType, String content, Instant at) {
        List<Long> ids = jdbc.queryForList("INSERT INTO outbox_message (webhook_id, recipient, message_key,"
                        + " document_id, sequence, event_type, content, status, created_at, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT DO NOTHING RETURNING id",
                Long.class, webhook, recipient, key, document, sequence, eventType, content, Timestamp.from(at),
                Timestamp.from(at));
        return ids.stream().findFirst();
    }

    Optional<Message> find(long id) {
        return jdbc.query("SELECT * FROM outbox_message WHERE id = ?", ROW, id).stream().findFirst();
    }

    /** The first message of {@code message}'s lane still waiting to be delivered, written before it. */
    Optional<Message> earlierPending(Message message) {
        return jdbc.query("SELECT * FROM outbox_message WHERE status = 'PENDING' AND document_id = ? AND id < ? AND "
                + lane(message) + " ORDER BY id LIMIT 1", ROW, message.document(), message.id(),
                destination(message)).stream().findFirst();
    }

    /** The next message of {@code message}'s lane waiting to be delivered. */
    Optional<Long> nextPending(Message message) {
        return jdbc.queryForList("SELECT id FROM outbox_message WHERE status = 'PENDING' AND document_id = ?"
                + " AND id > ? AND " + lane(message) + " ORDER BY id LIMIT 1", Long.class, message.document(),
                message.id(), destination(message)).stream().findFirst();
    }

    void delivered(long id, Integer answer, Instant at) {
        jdbc.update("UPDATE outbox_message SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?,"
                + " last_answer = ?, last_error = NULL, finished_at = ? WHERE id = ?",
                Timestamp.from(at), answer, Timestamp.from(at), id);
    }

    void retryLater(long id, Integer answer, String error, Instant at, Instant next) {
        jdbc.update("UPDATE outbox_message SET attempts = attempts + 1, last_attempt_at = ?, last_answer = ?,"
                + " last_error = ?, next_attempt_at = ? WHERE id = ?",
                Timestamp.from(at), answer, error, Timestamp.from(next), id);
    }

    void failed(long id, Integer answer, String error, Instant at) {
        jdbc.update("UPDATE outbox_message SET status = 'FAILED', attempts = attempts + 1, last_attempt_at = ?,"
                + " last_answer = ?, last_error = ?, finished_at = ? WHERE id = ?",
                Timestamp.from(at), answer, error, Timestamp.from(at), id);
    }

    /** A webhook's latest messages, newest first. */
    List<Message> latest(UUID webhook, int limit) {
        return jdbc.query("SELECT * FROM outbox_message WHERE webhook_id = ? ORDER BY id DESC LIMIT ?", ROW,
                webhook, limit);
    }

    private static String lane(Message message) {
        return message.webhookId() != null ? "webhook_id = ?" : "recipient = ?";
    }

    private static Object destination(Message message) {
        return message.webhookId() != null ? message.webhookId() : message.recipient();
    }

    private static Message row(ResultSet row, int number) throws SQLException {
        return new Message(row.getLong("id"), row.getObject("webhook_id", UUID.class), row.getString("recipient"),
                row.getString("message_key"), row.getString("document_id"), (Long) row.getObject("sequence"),
                row.getString("event_type"), row.getString("content"), Status.valueOf(row.getString("status")),
                row.getInt("attempts"), instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("next_attempt_at")), instant(row.getTimestamp("last_attempt_at")),
                (Integer) row.getObject("last_answer"), row.getString("last_error"),
                instant(row.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
