package org.draftline.query.history;

import com.fasterxml.jackson.core.type.TypeReference;
import org.draftline.query.storage.JsonColumns;
import org.draftline.query.progress.ReplayIndexes;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.history.HistoryPage;
import org.draftline.api.feed.FindRecentActs;
import org.draftline.api.feed.RecentActs;
import org.draftline.query.progress.BatchWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code history_entry} table, keyed by document and sequence, so a replayed event writes nothing new. */
@Repository
class HistoryTable {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final BatchWrites writes;
    private final JsonColumns json;
    private final ReplayIndexes replay;

    HistoryTable(JdbcTemplate jdbc, BatchWrites writes, JsonColumns json, ReplayIndexes replay) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.json = json;
        this.replay = replay;
    }

    /** Writes an entry whose details are {@code details}, already as JSON (the entry's own are not read). */
    void insert(DocumentId documentId, HistoryEntry entry, String details) {
        writes.update("""
                INSERT INTO history_entry (document_id, sequence, type, occurred_at, recorded_at, actor, role,
                                           delegation, on_behalf_of, summary, details, recorded_by, person)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (document_id, sequence) DO NOTHING""",
                documentId.value(), entry.sequence(), entry.type(), Timestamp.from(entry.occurredAt()),
                Timestamp.from(entry.recordedAt()), entry.actor(), entry.role(), code(entry.delegation()),
                code(entry.onBehalfOf()), entry.summary(), details, entry.recordedBy(),
                entry.person());
    }

    HistoryPage find(FindHistory query) {
        StringBuilder where = new StringBuilder("document_id = ?");
        List<Object> arguments = new ArrayList<>(List.of(query.documentId().value()));
        if (query.type() != null) {
            where.append(" AND type = ?");
            arguments.add(query.type());
        }
        if (query.delegation() != null) {
            where.append(" AND (delegation = ? OR on_behalf_of = ?)");
            arguments.add(query.delegation().code());
            arguments.add(query.delegation().code());
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= ?");
            arguments.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at <= ?");
            arguments.add(Timestamp.from(query.to()));
        }
        if (query.asOf() != null) {
            where.append(" AND occurred_at <= ?");
            arguments.add(Timestamp.from(query.asOf()));
        }
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(query.size());
        paged.add((long) query.page() * query.size());
        // one round trip: the page's rows, each carrying how many rows match in all
        RowMapper<HistoryEntry> entry = entryMapper();
        List<Counted> rows = jdbc.query("SELECT *, count(*) OVER () AS matching FROM history_entry WHERE "
                + where + " ORDER BY sequence LIMIT ? OFFSET ?",
                (row, index) -> new Counted(entry.mapRow(row, index), row.getLong("matching")),
                paged.toArray());
        List<HistoryEntry> entries = rows.stream().map(Counted::entry).toList();
        long totalEntries = rows.isEmpty() ? 0 : rows.get(0).matching();
        if (rows.isEmpty() && query.page() > 0) {
            // a page past the last: the count needs a query of its own
            Long count = jdbc.queryForObject("SELECT count(*) FROM history_entry WHERE " + where, Long.class,
                    arguments.toArray());
            totalEntries = count == null ? 0 : count;
        }
        int totalPages = (int) ((totalEntries + query.size() - 1) / query.size());
        return new HistoryPage(entries, query.page(), query.size(), totalEntries, totalPages);
    }

    /**
     * The latest acts, newest recorded first, of one document, one delegation (acting or spoken for) or all;
     * {@code publicOnly} leaves out members-only documents. Only documents with a status row are read: the
     * title comes from it, as does the visibility.
     */
    List<RecentActs.Act> recent(FindRecentActs query, boolean publicOnly) {
        StringBuilder where = new StringBuilder("TRUE");
        List<Object> arguments = new ArrayList<>();
        if (query.documentId() != null) {
            where.append(" AND h.document_id = ?");
            arguments.add(query.documentId().value());
        }
        if (query.delegation() != null) {
            where.append(" AND (h.delegation = ? OR h.on_behalf_of = ?)");
            arguments.add(query.delegation().code());
            arguments.add(query.delegation().code());
        }
        if (publicOnly) {
            where.append(" AND s.status->>'visibility' IS DISTINCT FROM 'MEMBERS'");
        }
        arguments.add(query.size());
        RowMapper<HistoryEntry> entry = entryMapper();
        return jdbc.query("SELECT h.*, s.status->>'title' AS document_title FROM history_entry h"
                        + " JOIN document_status s ON s.document_id = h.document_id WHERE " + where
                        + " ORDER BY h.recorded_at DESC, h.document_id, h.sequence DESC LIMIT ?",
                (row, index) -> new RecentActs.Act(documentId(row.getString("document_id")),
                        row.getString("document_title"), entry.mapRow(row, index)),
                arguments.toArray());
    }

    /**
     * The documents a delegation takes part in: it acted on them, by itself or spoken for, or was appointed
     * co-facilitator of them; in the order of their ids.
     */
    List<DocumentId> documentsOf(Delegation delegation) {
        String coFacilitator = json.write(Map.of("coFacilitators", List.of(Map.of("delegation", delegation.code()))));
        return jdbc.queryForList("SELECT DISTINCT document_id FROM history_entry WHERE delegation = ?"
                        + " OR on_behalf_of = ? OR (type IN ('CoFacilitatorsAppointed', 'CoFacilitatorsReplaced')"
                        + " AND details @> ?::jsonb) ORDER BY document_id", String.class,
                delegation.code(), delegation.code(), coFacilitator).stream().map(HistoryTable::documentId).toList();
    }

    /** A row of a page, with the number of rows its filters match in all. */
    private record Counted(HistoryEntry entry, long matching) {
    }

    /** The last sequence of the document the history has written, -1 when none: read it before the rows. */
    long writtenUpTo(DocumentId documentId) {
        List<Long> sequence = jdbc.queryForList(
                "SELECT sequence FROM projection_progress WHERE projection = ? AND document_id = ?",
                Long.class, HistoryProjection.NAME, documentId.value());
        return sequence.isEmpty() ? -1 : sequence.get(0);
    }

    /** Empties the table before a replay, its secondary indexes set aside until the replay has caught up. */
    void emptyForReplay() {
        replay.empty("history_entry");
    }

    private RowMapper<HistoryEntry> entryMapper() {
        return (row, index) -> new HistoryEntry(row.getLong("sequence"), row.getString("type"),
                row.getTimestamp("occurred_at").toInstant(), row.getTimestamp("recorded_at").toInstant(),
                row.getString("actor"), row.getString("role"), delegation(row.getString("delegation")),
                delegation(row.getString("on_behalf_of")), row.getString("summary"),
                json.read(row.getString("details"), FIELDS), row.getString("recorded_by"),
                row.getString("person"));
    }

    private static String code(Delegation delegation) {
        return delegation == null ? null : delegation.code();
    }

    private static DocumentId documentId(String id) {
        return org.draftline.api.Recorded.read(() -> new DocumentId(id));
    }

    private static Delegation delegation(String code) {
        return code == null ? null : Delegation.recorded(code);
    }
}
