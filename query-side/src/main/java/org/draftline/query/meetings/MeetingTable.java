package org.draftline.query.meetings;

import org.draftline.api.meeting.MeetingEvent;
import org.draftline.query.progress.ReplayIndexes;
import org.draftline.api.meeting.MeetingId;
import org.draftline.query.progress.BatchWrites;
import org.draftline.query.storage.JsonColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code meeting_event} table: each meeting's events in their order, keyed by meeting and sequence. */
@Repository
class MeetingTable {

    /** The events stored, by the name the {@code type} column gives them. */
    private static final Map<String, Class<? extends MeetingEvent>> TYPES = Map.of(
            "MeetingOrganized", MeetingEvent.MeetingOrganized.class,
            "SegmentScheduled", MeetingEvent.SegmentScheduled.class,
            "SegmentChanged", MeetingEvent.SegmentChanged.class,
            "SpeakerInscribed", MeetingEvent.SpeakerInscribed.class,
            "StatementRecorded", MeetingEvent.StatementRecorded.class);

    private final JdbcTemplate jdbc;
    private final BatchWrites writes;
    private final JsonColumns json;
    private final ReplayIndexes replay;

    MeetingTable(JdbcTemplate jdbc, BatchWrites writes, JsonColumns json, ReplayIndexes replay) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.json = json;
        this.replay = replay;
    }

    /** A meeting's event as read back: its sequence and who recorded it, when. */
    record Stored(long sequence, MeetingEvent event, Instant recordedAt, String recordedBy) {
    }

    void insert(MeetingEvent event, long sequence, Instant recordedAt, String recordedBy) {
        writes.update("""
                INSERT INTO meeting_event (meeting_id, sequence, type, payload, occurred_at, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, ?)
                ON CONFLICT (meeting_id, sequence) DO NOTHING""",
                event.meetingId().value(), sequence, event.getClass().getSimpleName(), json.write(event),
                Timestamp.from(event.occurredAt()), Timestamp.from(recordedAt), recordedBy);
    }

    List<Stored> of(MeetingId meeting) {
        return jdbc.query("SELECT * FROM meeting_event WHERE meeting_id = ? ORDER BY sequence",
                (row, index) -> new Stored(row.getLong("sequence"),
                        json.read(row.getString("payload"), TYPES.get(row.getString("type"))),
                        row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by")),
                meeting.value());
    }

    /** Every meeting's events, by meeting, in the order of their first events' days. */
    Map<MeetingId, List<Stored>> all() {
        Map<MeetingId, List<Stored>> meetings = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM meeting_event ORDER BY meeting_id, sequence", row -> {
            meetings.computeIfAbsent(MeetingId.of(row.getString("meeting_id")), id -> new ArrayList<>())
                    .add(new Stored(row.getLong("sequence"),
                            json.read(row.getString("payload"), TYPES.get(row.getString("type"))),
                            row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by")));
        });
        return meetings;
    }

    /** Empties the table before a replay, its secondary indexes set aside until the replay has caught up. */
    void emptyForReplay() {
        replay.empty("meeting_event");
    }
}
