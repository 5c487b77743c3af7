package org.draftline.query.drafts;

import com.fasterxml.jackson.core.type.TypeReference;
import org.draftline.api.Recorded;
import org.draftline.query.progress.ReplayIndexes;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.reading.Alternative;
import org.draftline.api.reading.ParagraphStatus;
import org.draftline.api.reading.ReadingStatus;
import org.draftline.query.progress.BatchWrites;
import org.draftline.query.storage.JsonColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code paragraph_status} table: a row per paragraph of a version that a reading (or a carry-over) set. */
@Repository
class ParagraphStatusTable {

    /** A paragraph's row, read back. */
    record Row(ParagraphStatus status, Instant since, String carriedFrom) {
    }

    private static final TypeReference<List<Alternative>> ALTERNATIVES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final BatchWrites writes;
    private final JsonColumns json;
    private final ReplayIndexes replay;

    ParagraphStatusTable(JdbcTemplate jdbc, BatchWrites writes, JsonColumns json, ReplayIndexes replay) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.json = json;
        this.replay = replay;
    }

    /** Idempotent: an event replayed or retried writes the same row, and never over a later one. */
    void put(DocumentId documentId, DraftLabel label, ParagraphStatus status, Instant since, String carriedFrom,
             long sequence) {
        writes.update("""
                INSERT INTO paragraph_status (document_id, label, paragraph, status, alternatives, since, carried_from,
                                              sequence)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                ON CONFLICT (document_id, label, paragraph) DO UPDATE SET status = EXCLUDED.status,
                    alternatives = EXCLUDED.alternatives, since = EXCLUDED.since,
                    carried_from = EXCLUDED.carried_from, sequence = EXCLUDED.sequence
                WHERE paragraph_status.sequence <= EXCLUDED.sequence""",
                documentId.value(), label.value(), status.paragraph(), status.status().name(),
                json.write(status.alternatives()), Timestamp.from(since), carriedFrom, sequence);
    }

    /** The rows of one version, by paragraph label. */
    Map<String, Row> of(DocumentId documentId, DraftLabel label) {
        Map<String, Row> rows = new HashMap<>();
        jdbc.query("SELECT * FROM paragraph_status WHERE document_id = ? AND label = ?", row -> {
            String paragraph = row.getString("paragraph");
            List<Alternative> alternatives = json.read(row.getString("alternatives"), ALTERNATIVES);
            ReadingStatus reading = ReadingStatus.valueOf(row.getString("status"));
            ParagraphStatus status = Recorded.read(() -> new ParagraphStatus(paragraph, reading, alternatives));
            rows.put(paragraph, new Row(status, row.getTimestamp("since").toInstant(), row.getString("carried_from")));
        }, documentId.value(), label.value());
        return rows;
    }

    /** Empties the table before a replay, its secondary indexes set aside until the replay has caught up. */
    void emptyForReplay() {
        replay.empty("paragraph_status");
    }
}
