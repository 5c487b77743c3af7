package org.draftline.query.inputs;

import com.fasterxml.jackson.core.type.TypeReference;
import org.draftline.query.storage.JsonColumns;
import org.draftline.query.progress.ReplayIndexes;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.Proposal;
import org.draftline.api.input.FindInputs;
import org.draftline.api.input.MemberStateInput;
import org.draftline.query.progress.BatchWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code member_state_input} table, keyed by document and sequence. */
@Repository
class InputTable {

    private static final TypeReference<List<Proposal>> PROPOSALS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final BatchWrites writes;
    private final JsonColumns json;
    private final ReplayIndexes replay;

    InputTable(JdbcTemplate jdbc, BatchWrites writes, JsonColumns json, ReplayIndexes replay) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.json = json;
        this.replay = replay;
    }

    void insert(DocumentId documentId, MemberStateInput input) {
        writes.update("""
                INSERT INTO member_state_input (document_id, sequence, on_draft, delegation, on_behalf_of, comments,
                                                proposals, occurred_at, recorded_at, actor)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                ON CONFLICT (document_id, sequence) DO NOTHING""",
                documentId.value(), input.sequence(), input.onDraft().value(), input.delegation().code(),
                input.onBehalfOf() == null ? null : input.onBehalfOf().code(), input.comments(),
                json.write(input.proposals()), Timestamp.from(input.occurredAt()), Timestamp.from(input.recordedAt()),
                input.actor());
    }

    List<MemberStateInput> find(FindInputs query) {
        StringBuilder where = new StringBuilder("document_id = ?");
        List<Object> arguments = new ArrayList<>(List.of(query.documentId().value()));
        if (query.delegation() != null) {
            where.append(" AND (delegation = ? OR on_behalf_of = ?)");
            arguments.add(query.delegation().code());
            arguments.add(query.delegation().code());
        }
        if (query.onDraft() != null) {
            where.append(" AND on_draft = ?");
            arguments.add(query.onDraft().value());
        }
        if (query.paragraph() != null) {
            where.append(" AND proposals @> ?::jsonb");
            arguments.add(json.write(List.of(Map.of("paragraph", query.paragraph()))));
        }
        return jdbc.query("SELECT * FROM member_state_input WHERE " + where + " ORDER BY sequence",
                (row, index) -> new MemberStateInput(row.getLong("sequence"), DraftLabel.recorded(row.getString("on_draft")),
                        Delegation.recorded(row.getString("delegation")), delegation(row.getString("on_behalf_of")),
                        row.getString("comments"), json.read(row.getString("proposals"), PROPOSALS),
                        row.getTimestamp("occurred_at").toInstant(), row.getTimestamp("recorded_at").toInstant(),
                        row.getString("actor")),
                arguments.toArray());
    }

    /** The last sequence of the document the inputs have been written up to, -1 when none. */
    long writtenUpTo(DocumentId documentId) {
        List<Long> sequence = jdbc.queryForList(
                "SELECT sequence FROM projection_progress WHERE projection = ? AND document_id = ?",
                Long.class, InputProjection.NAME, documentId.value());
        return sequence.isEmpty() ? -1 : sequence.get(0);
    }

    /** Empties the table before a replay, its secondary indexes set aside until the replay has caught up. */
    void emptyForReplay() {
        replay.empty("member_state_input");
    }

    private static Delegation delegation(String code) {
        return code == null ? null : Delegation.recorded(code);
    }
}
