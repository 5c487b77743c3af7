package org.draftline.command.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/** The SQL of the chain: reading events as stored, and writing their links. */
final class ChainTables {

    static final String EVENT_COLUMNS = "aggregateidentifier, sequencenumber, type, eventidentifier, payloadtype, "
            + "payloadrevision, timestamp, payload, metadata";

    private ChainTables() {
    }

    static StoredEvent event(ResultSet row) throws SQLException {
        return new StoredEvent(row.getString("aggregateidentifier"), row.getLong("sequencenumber"),
                row.getString("type"), row.getString("eventidentifier"), row.getString("payloadtype"),
                row.getString("payloadrevision"), row.getString("timestamp"), row.getBytes("payload"),
                row.getBytes("metadata"));
    }

    /**
     * The events and their links in one statement: the events go into {@code domainevententry} as Axon's
     * own statement writes them (same columns, same values), and their links into {@code event_chain}, so
     * an append costs one round trip and neither can be stored without the other.
     */
    static final String APPEND = """
            WITH appended AS (
                INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                              payloadtype, payloadrevision, payload, metadata)
                SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[],
                                     ?::varchar[], ?::varchar[], ?::bytea[], ?::bytea[]))
            INSERT INTO event_chain (aggregate_id, sequence, event_identifier, hash, mac)
            SELECT * FROM unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::bytea[], ?::bytea[])""";

    /** Binds {@link #APPEND} to these events, each with its link and the link's MAC, in the same order. */
    static PreparedStatement append(Connection connection, List<StoredEvent> events, List<byte[]> links,
                                    List<byte[]> macs) throws SQLException {
        PreparedStatement append = connection.prepareStatement(APPEND);
        append.setArray(1, connection.createArrayOf("varchar", column(events, StoredEvent::eventIdentifier)));
        append.setArray(2, connection.createArrayOf("varchar", column(events, StoredEvent::aggregateIdentifier)));
        append.setArray(3, connection.createArrayOf("bigint", column(events, StoredEvent::sequenceNumber)));
        append.setArray(4, connection.createArrayOf("varchar", column(events, StoredEvent::type)));
        append.setArray(5, connection.createArrayOf("varchar", column(events, StoredEvent::timestamp)));
        append.setArray(6, connection.createArrayOf("varchar", column(events, StoredEvent::payloadType)));
        append.setArray(7, connection.createArrayOf("varchar", column(events, StoredEvent::payloadRevision)));
        append.setArray(8, connection.createArrayOf("bytea", events.stream().map(StoredEvent::payload).toArray(byte[][]::new)));
        append.setArray(9, connection.createArrayOf("bytea", events.stream().map(StoredEvent::metadata).toArray(byte[][]::new)));
        append.setArray(10, connection.createArrayOf("varchar", column(events, StoredEvent::aggregateIdentifier)));
        append.setArray(11, connection.createArrayOf("bigint", column(events, StoredEvent::sequenceNumber)));
        append.setArray(12, connection.createArrayOf("varchar", column(events, StoredEvent::eventIdentifier)));
        append.setArray(13, connection.createArrayOf("bytea", links.toArray(byte[][]::new)));
        append.setArray(14, connection.createArrayOf("bytea", macs.toArray(byte[][]::new)));
        append.addBatch();
        return append;
    }

    /** The hash of the link at {@code sequence} of {@code aggregate}, if there is one. */
    static byte[] link(Connection connection, String aggregate, long sequence) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT hash FROM event_chain WHERE aggregate_id = ? AND sequence = ?")) {
            select.setString(1, aggregate);
            select.setLong(2, sequence);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        }
    }

    private static Object[] column(List<StoredEvent> events, Function<StoredEvent, Object> column) {
        return events.stream().map(column).toArray();
    }
}
