package org.draftline.query.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftline.api.document.DocumentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The {@code document_status} table: one JSON status per document, written only by newer events. */
@Repository
class DocumentStatusTable {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    DocumentStatusTable(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(StatusRecord status) {
        jdbc.update("""
                INSERT INTO document_status (document_id, sequence, registered_at, status) VALUES (?, ?, ?, ?::jsonb)
                ON CONFLICT (document_id) DO NOTHING""",
                status.id.value(), status.sequence, Timestamp.from(status.registeredAt), write(status));
    }

    void update(StatusRecord status) {
        jdbc.update("UPDATE document_status SET sequence = ?, status = ?::jsonb WHERE document_id = ? AND sequence < ?",
                status.sequence, write(status), status.id.value(), status.sequence);
    }

    Optional<StatusRecord> find(DocumentId documentId) {
        return jdbc.query("SELECT status FROM document_status WHERE document_id = ?",
                (row, index) -> read(row.getString("status")), documentId.value()).stream().findFirst();
    }

    List<StatusRecord> findAll() {
        return jdbc.query("SELECT status FROM document_status ORDER BY registered_at DESC, document_id",
                (row, index) -> read(row.getString("status")));
    }

    void deleteAll() {
        jdbc.update("DELETE FROM document_status");
    }

    private String write(StatusRecord status) {
        try {
            return json.writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StatusRecord read(String value) {
        try {
            return json.readValue(value, StatusRecord.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
