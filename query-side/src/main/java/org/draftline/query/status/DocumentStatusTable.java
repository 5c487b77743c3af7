package org.draftline.query.status;

import org.draftline.query.storage.BatchRows;
import org.draftline.query.progress.ReplayIndexes;
import org.draftline.query.storage.JsonColumns;
import org.draftline.api.document.DocumentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.draftline.api.document.Stage;
import org.draftline.api.status.DocumentCursor;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@code document_status} table: one JSON status per document, written only by newer events. */
@Repository
class DocumentStatusTable {

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final ReplayIndexes replay;

    DocumentStatusTable(JdbcTemplate jdbc, JsonColumns json, ReplayIndexes replay) {
        this.jdbc = jdbc;
        this.json = json;
        this.replay = replay;
    }

    void insert(StatusRecord status) {
        jdbc.update("""
                INSERT INTO document_status (document_id, sequence, registered_at, status) VALUES (?, ?, ?, ?::jsonb)
                ON CONFLICT (document_id) DO NOTHING""",
                status.id.value(), status.sequence, Timestamp.from(status.registeredAt), json.write(status));
    }

    void update(StatusRecord status) {
        jdbc.update("UPDATE document_status SET sequence = ?, status = ?::jsonb WHERE document_id = ? AND sequence < ?",
                status.sequence, json.write(status), status.id.value(), status.sequence);
    }

    /** Writes each status unless its row holds a later sequence already: one statement for a whole batch. */
    void upsert(List<StatusRecord> statuses) {
        jdbc.batchUpdate("""
                INSERT INTO document_status (document_id, sequence, registered_at, status) VALUES (?, ?, ?, ?::jsonb)
                ON CONFLICT (document_id) DO UPDATE SET sequence = excluded.sequence, status = excluded.status
                WHERE document_status.sequence < excluded.sequence""",
                new BatchRows(statuses.stream().map(status -> new Object[]{status.id.value(), status.sequence,
                        Timestamp.from(status.registeredAt), json.write(status)}).toList()));
    }

    Optional<StatusRecord> find(DocumentId documentId) {
        return jdbc.query("SELECT status FROM document_status WHERE document_id = ?",
                (row, index) -> json.read(row.getString("status"), StatusRecord.class), documentId.value())
                .stream().findFirst();
    }

    /** The rows of these documents, in one statement; a document without a row is left out. */
    List<StatusRecord> findAll(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement(
                    "SELECT status FROM document_status WHERE document_id = ANY (?)");
            select.setArray(1, connection.createArrayOf("text", documentIds.toArray()));
            return select;
        }, (row, index) -> json.read(row.getString("status"), StatusRecord.class));
    }

    List<StatusRecord> findAll() {
        return jdbc.query("SELECT status FROM document_status ORDER BY registered_at DESC, document_id",
                (row, index) -> json.read(row.getString("status"), StatusRecord.class));
    }

    /** A row of a page and the registration time it is ordered by, as stored (to the microsecond). */
    record Listed(Instant registeredAt, StatusRecord status) {
    }

    /**
     * Up to {@code limit} rows in the list's order (registered_at DESC, document_id), strictly after
     * {@code after} when given: a keyset read on the {@code document_status_list_order} index. A title
     * search is a substring match, its {@code %}, {@code _} and backslash taken literally.
     */
    List<Listed> page(int limit, DocumentCursor after, String body, String session, Stage stage, String title) {
        StringBuilder sql = new StringBuilder("SELECT registered_at, status FROM document_status WHERE TRUE");
        List<Object> arguments = new ArrayList<>();
        if (after != null) {
            Timestamp at = Timestamp.from(after.registeredAt());
            sql.append(" AND registered_at <= ? AND (registered_at < ? OR document_id > ?)");
            arguments.addAll(List.of(at, at, after.document().value()));
        }
        if (body != null) {
            sql.append(" AND status->>'body' = ?");
            arguments.add(body);
        }
        if (session != null) {
            sql.append(" AND status->>'session' = ?");
            arguments.add(session);
        }
        if (stage != null) {
            sql.append(" AND status->>'stage' = ?");
            arguments.add(stage.name());
        }
        if (title != null) {
            sql.append(" AND status->>'title' ILIKE ? ESCAPE '\\'");
            arguments.add("%" + title.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY registered_at DESC, document_id LIMIT ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), (row, index) -> new Listed(row.getTimestamp("registered_at").toInstant(),
                json.read(row.getString("status"), StatusRecord.class)), arguments.toArray());
    }

    long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM document_status", Long.class);
        return count == null ? 0 : count;
    }

    /** The distinct non-blank values of one of the status's text fields, sorted. */
    List<String> distinct(String field) {
        return jdbc.queryForList("SELECT DISTINCT status->>'" + field + "' AS v FROM document_status"
                + " WHERE status->>'" + field + "' <> '' ORDER BY v", String.class);
    }

    /** Empties the table before a replay, its secondary indexes set aside until the replay has caught up. */
    void emptyForReplay() {
        replay.empty("document_status");
    }
}
