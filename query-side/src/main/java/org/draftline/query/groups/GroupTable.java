package org.draftline.query.groups;

import org.draftline.api.delegation.Delegation;
import org.draftline.query.progress.ReplayIndexes;
import org.draftline.api.group.GroupView.MandateView;
import org.draftline.query.progress.BatchWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code group_mandate} table, keyed by group and sequence. */
@Repository
class GroupTable {

    private final JdbcTemplate jdbc;
    private final BatchWrites writes;
    private final ReplayIndexes replay;

    GroupTable(JdbcTemplate jdbc, BatchWrites writes, ReplayIndexes replay) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.replay = replay;
    }

    void insert(Delegation group, MandateView mandate, Instant occurredAt) {
        writes.update("""
                INSERT INTO group_mandate (group_code, sequence, delegation, from_day, to_day, occurred_at,
                                           recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (group_code, sequence) DO NOTHING""",
                group.code(), mandate.sequence(), mandate.delegation().code(), mandate.from(), mandate.to(),
                Timestamp.from(occurredAt), Timestamp.from(mandate.recordedAt()), mandate.recordedBy());
    }

    /** Every group's mandates, oldest first, by group code. */
    Map<String, List<MandateView>> all() {
        Map<String, List<MandateView>> mandates = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM group_mandate ORDER BY group_code, sequence", row -> {
            mandates.computeIfAbsent(row.getString("group_code"), key -> new ArrayList<>()).add(mandate(row));
        });
        return mandates;
    }

    List<MandateView> of(Delegation group) {
        return jdbc.query("SELECT * FROM group_mandate WHERE group_code = ? ORDER BY sequence",
                (row, index) -> mandate(row), group.code());
    }

    /** The codes of the groups whose mandate to {@code delegation} covers {@code day}. */
    List<String> spokenFor(Delegation delegation, LocalDate day) {
        return jdbc.queryForList("""
                SELECT DISTINCT group_code FROM group_mandate
                WHERE delegation = ? AND from_day <= ? AND (to_day IS NULL OR to_day >= ?)""",
                String.class, delegation.code(), day, day);
    }

    /** Empties the table before a replay, its secondary indexes set aside until the replay has caught up. */
    void emptyForReplay() {
        replay.empty("group_mandate");
    }

    private static MandateView mandate(ResultSet row) throws SQLException {
        Delegation delegation = Delegation.recorded(row.getString("delegation"));
        return new MandateView(delegation, delegation.name(), row.getObject("from_day", LocalDate.class),
                row.getObject("to_day", LocalDate.class), row.getLong("sequence"),
                row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"));
    }
}
