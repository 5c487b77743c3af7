package org.draftline.query.status;

import org.draftline.query.storage.JsonColumns;
import org.draftline.api.document.DocumentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The {@code document_status} table: one JSON status per document, written only by newer events. */
@Repository
class DocumentStatusTable {

    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    DocumentStatusTable(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
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

    Optional<StatusRecord> find(DocumentId documentId) {
        return jdbc.query("SELECT status FROM document_status WHERE document_id = ?",
                (row, index) -> json.read(row.getString("status"), StatusRecord.class), documentId.value())
                .stream().findFirst();
    }

    List<StatusRecord> findAll() {
        return jdbc.query("SELECT status FROM document_status ORDER BY registered_at DESC, document_id",
                (row, index) -> json.read(row.getString("status"), StatusRecord.class));
    }

    void deleteAll() {
        jdbc.update("DELETE FROM document_status");
    }
}
