package org.draftline.query.compilation;

import org.draftline.api.compilation.Compilation.CompiledProposal;
import org.draftline.query.progress.ReplayIndexes;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.query.progress.BatchWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The compilation read model's tables, keyed so that a replayed event writes nothing twice. */
@Repository
class CompilationTables {

    /** A circulated version's text, with the labels it was recorded with (null in rows written before they were kept). */
    record Version(DraftLabel label, long sequence, String text, List<String> paragraphs) {

        DraftText read() {
            return DraftText.readRecorded(text, paragraphs);
        }
    }

    /** A proposal as the compilation shows it, with the paragraph it names. */
    record StoredProposal(String paragraph, CompiledProposal proposal) {
    }

    private static final String SILENCES = "compilation:silences";

    private final JdbcTemplate jdbc;
    private final BatchWrites writes;
    private final ReplayIndexes replay;

    CompilationTables(JdbcTemplate jdbc, BatchWrites writes, ReplayIndexes replay) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.replay = replay;
    }

    void insertVersion(DocumentId documentId, DraftLabel label, long sequence, String text, List<String> paragraphs) {
        writes.update("""
                INSERT INTO compilation_version (document_id, label, sequence, text, paragraphs) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (document_id, label) DO NOTHING""", documentId.value(), label.value(), sequence, text,
                paragraphs == null ? null : String.join(" ", paragraphs));
    }

    void insertSilence(DocumentId documentId, int procedure, DraftLabel onDraft) {
        writes.update("""
                INSERT INTO compilation_silence (document_id, procedure, on_draft) VALUES (?, ?, ?)
                ON CONFLICT (document_id, procedure) DO NOTHING""", documentId.value(), procedure, onDraft.value());
        silencesOfThisBatch().ifPresent(silences -> silences.putIfAbsent(silence(documentId, procedure), onDraft));
    }

    /** The draft a silence procedure ran on, whether its row is written yet or still waits in the batch. */
    Optional<DraftLabel> silenceDraft(DocumentId documentId, int procedure) {
        Optional<DraftLabel> ofThisBatch = silencesOfThisBatch()
                .map(silences -> silences.get(silence(documentId, procedure)));
        if (ofThisBatch.isPresent()) {
            return ofThisBatch;
        }
        return jdbc.query("SELECT on_draft FROM compilation_silence WHERE document_id = ? AND procedure = ?",
                (row, index) -> DraftLabel.recorded(row.getString("on_draft")), documentId.value(), procedure)
                .stream().findFirst();
    }

    void insertProposals(DocumentId documentId, long sequence, DraftLabel onDraft, List<Proposal> proposals,
                         Delegation delegation, Delegation onBehalfOf, String source, Instant occurredAt) {
        for (int position = 0; position < proposals.size(); position++) {
            Proposal proposal = proposals.get(position);
            writes.update("""
                    INSERT INTO compilation_proposal (document_id, sequence, position, on_draft, paragraph, action, text,
                                                      delegation, on_behalf_of, source, occurred_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (document_id, sequence, position) DO NOTHING""",
                    documentId.value(), sequence, position, onDraft.value(), proposal.paragraph(),
                    proposal.action().name(), proposal.text(), delegation.code(),
                    onBehalfOf == null ? null : onBehalfOf.code(), source, Timestamp.from(occurredAt));
        }
    }

    private Optional<Map<String, DraftLabel>> silencesOfThisBatch() {
        return writes.state(SILENCES, HashMap::new, silences -> {
        });
    }

    private static String silence(DocumentId documentId, int procedure) {
        return documentId.value() + "/" + procedure;
    }

    Optional<Version> version(DocumentId documentId, DraftLabel label) {
        return jdbc.query("""
                SELECT label, sequence, text, paragraphs FROM compilation_version WHERE document_id = ? AND label = ?""",
                (row, index) -> new Version(label, row.getLong("sequence"), row.getString("text"),
                        labels(row.getString("paragraphs"))),
                documentId.value(), label.value()).stream().findFirst();
    }

    /** The version circulated right after the one at {@code sequence}. */
    Optional<Version> versionAfter(DocumentId documentId, long sequence) {
        return jdbc.query("""
                SELECT label, sequence, text, paragraphs FROM compilation_version WHERE document_id = ? AND sequence > ?
                ORDER BY sequence LIMIT 1""",
                (row, index) -> new Version(DraftLabel.recorded(row.getString("label")), row.getLong("sequence"),
                        row.getString("text"), labels(row.getString("paragraphs"))),
                documentId.value(), sequence).stream().findFirst();
    }

    /** Labels hold no spaces ({@code OP3(a)}), so the column keeps them joined by one. */
    private static List<String> labels(String column) {
        return column == null ? null : column.isEmpty() ? List.of() : List.of(column.split(" "));
    }

    List<StoredProposal> proposals(DocumentId documentId, DraftLabel onDraft) {
        return jdbc.query("""
                SELECT * FROM compilation_proposal WHERE document_id = ? AND on_draft = ?
                ORDER BY sequence, position""",
                (row, index) -> new StoredProposal(row.getString("paragraph"), new CompiledProposal(
                        row.getLong("sequence"), row.getString("source"), Delegation.recorded(row.getString("delegation")),
                        row.getString("on_behalf_of") == null ? null : Delegation.recorded(row.getString("on_behalf_of")),
                        ProposalAction.valueOf(row.getString("action")), row.getString("text"),
                        row.getTimestamp("occurred_at").toInstant(), null)),
                documentId.value(), onDraft.value());
    }

    /** Empties the tables before a replay, their secondary indexes set aside until it has caught up. */
    void emptyForReplay() {
        replay.empty("compilation_proposal");
        replay.empty("compilation_silence");
        replay.empty("compilation_version");
    }
}
