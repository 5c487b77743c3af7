package org.draftline.query.drafts;

import org.draftline.query.storage.JsonColumns;
import org.draftline.query.progress.ReplayIndexes;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftSummary;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.draft.Paragraph;
import org.draftline.query.progress.BatchWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The {@code draft_version} table: the exact text and its paragraphs, one row per version. */
@Repository
class DraftTable {

    /** What the structure column holds besides the text itself. */
    record Structure(String title, String chapeau, List<Paragraph> paragraphs) {
    }

    private final JdbcTemplate jdbc;
    private final BatchWrites writes;
    private final JsonColumns json;
    private final ReplayIndexes replay;

    DraftTable(JdbcTemplate jdbc, BatchWrites writes, JsonColumns json, ReplayIndexes replay) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.json = json;
        this.replay = replay;
    }

    void insert(DocumentId documentId, long sequence, DraftVersion draft) {
        writes.update("""
                INSERT INTO draft_version (document_id, label, sequence, name, circulated_at, text, structure,
                                           paragraph_count)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (document_id, label) DO NOTHING""",
                documentId.value(), draft.label().value(), sequence, draft.name(), Timestamp.from(draft.circulatedAt()),
                draft.text(), json.write(new Structure(draft.title(), draft.chapeau(), draft.paragraphs())),
                draft.paragraphs().size());
    }

    List<DraftSummary> summaries(DocumentId documentId) {
        return jdbc.query("""
                SELECT label, name, circulated_at, paragraph_count FROM draft_version
                WHERE document_id = ? ORDER BY sequence""",
                (row, index) -> new DraftSummary(DraftLabel.recorded(row.getString("label")), row.getString("name"),
                        row.getTimestamp("circulated_at").toInstant(), row.getInt("paragraph_count")),
                documentId.value());
    }

    Optional<DraftVersion> find(DocumentId documentId, DraftLabel label) {
        return jdbc.query("SELECT * FROM draft_version WHERE document_id = ? AND label = ?", (row, index) -> {
            Structure structure = json.read(row.getString("structure"), Structure.class);
            return new DraftVersion(label, row.getString("name"), row.getTimestamp("circulated_at").toInstant(),
                    structure.title(), structure.chapeau(), structure.paragraphs(), row.getString("text"));
        }, documentId.value(), label.value()).stream().findFirst();
    }

    /** Empties the table before a replay, its secondary indexes set aside until the replay has caught up. */
    void emptyForReplay() {
        replay.empty("draft_version");
    }
}
