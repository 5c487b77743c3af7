package org.draftline.query.notifications;

import org.draftline.api.actor.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The webhook registrations ({@code webhook}). */
@Component
class Webhooks {

    /** A registration; {@code events} and {@code documents} are null for all. */
    record Webhook(UUID id, String owner, Role ownerRole, String url, String secret, List<String> events,
                   List<String> documents, Instant createdAt) {

        boolean wants(String eventType, String document) {
            return (events == null || events.contains(eventType)) && (documents == null || documents.contains(document));
        }
    }

    private static final String COLUMNS = "id, owner, owner_role, url, secret, events, documents, created_at";
    private static final RowMapper<Webhook> ROW = Webhooks::row;

    private final JdbcTemplate jdbc;

    Webhooks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Webhook webhook) {
        jdbc.update("INSERT INTO webhook (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, webhook.id());
            ps.setString(2, webhook.owner());
            ps.setString(3, webhook.ownerRole().name());
            ps.setString(4, webhook.url());
            ps.setString(5, webhook.secret());
            ps.setArray(6, webhook.events() == null ? null
                    : ps.getConnection().createArrayOf("text", webhook.events().toArray()));
            ps.setArray(7, webhook.documents() == null ? null
                    : ps.getConnection().createArrayOf("text", webhook.documents().toArray()));
            ps.setTimestamp(8, Timestamp.from(webhook.createdAt()));
        });
    }

    Optional<Webhook> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook WHERE id = ?", ROW, id).stream().findFirst();
    }

    List<Webhook> ownedBy(String owner) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook WHERE owner = ? ORDER BY created_at, id", ROW, owner);
    }

    List<Webhook> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook ORDER BY created_at, id", ROW);
    }

    /** The registrations that hear of an event recorded at {@code recordedAt}: made before it, asking for it. */
    List<Webhook> hearing(String eventType, String document, Instant recordedAt) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook WHERE created_at <= ?"
                        + " AND (events IS NULL OR ? = ANY (events)) AND (documents IS NULL OR ? = ANY (documents))"
                        + " ORDER BY created_at, id",
                ROW, Timestamp.from(recordedAt), eventType, document);
    }

    void delete(UUID id) {
        jdbc.update("DELETE FROM webhook WHERE id = ?", id);
    }

    private static Webhook row(ResultSet row, int number) throws SQLException {
        return new Webhook(row.getObject("id", UUID.class), row.getString("owner"),
                Role.valueOf(row.getString("owner_role")), row.getString("url"), row.getString("secret"),
                list(row.getArray("events")), list(row.getArray("documents")),
                row.getTimestamp("created_at").toInstant());
    }

    static List<String> list(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }
}
