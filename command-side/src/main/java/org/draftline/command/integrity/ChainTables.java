package org.draftline.command.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
     * Links the events just stored under these identifiers, each after its document's previous link, and gives
     * each link its MAC.
     */
    static void link(Connection connection, List<String> eventIdentifiers, ChainMac mac) throws SQLException {
        List<StoredEvent> stored = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + EVENT_COLUMNS
                + " FROM domainevententry WHERE eventidentifier = ANY (?) ORDER BY aggregateidentifier, sequencenumber")) {
            select.setArray(1, connection.createArrayOf("varchar", eventIdentifiers.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(event(rows));
                }
            }
        }
        try (PreparedStatement previousLink = connection.prepareStatement(
                "SELECT hash FROM event_chain WHERE aggregate_id = ? AND sequence = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO event_chain (aggregate_id, sequence, event_identifier, hash, mac) VALUES (?, ?, ?, ?, ?)")) {
            String aggregate = null;
            byte[] previous = null;
            for (StoredEvent event : stored) {
                if (!event.aggregateIdentifier().equals(aggregate) || previous == null) {
                    aggregate = event.aggregateIdentifier();
                    previous = previousLink(previousLink, event);
                }
                byte[] link = EventChain.link(previous, event);
                insert.setString(1, event.aggregateIdentifier());
                insert.setLong(2, event.sequenceNumber());
                insert.setString(3, event.eventIdentifier());
                insert.setBytes(4, link);
                insert.setBytes(5, mac.of(event.aggregateIdentifier(), event.sequenceNumber(), link));
                insert.addBatch();
                previous = link;
            }
            insert.executeBatch();
        }
    }

    /**
     * The link before this event; the genesis for a document's first event, and for an event whose
     * predecessor has no link (the check then reports the missing link, the earlier break).
     */
    private static byte[] previousLink(PreparedStatement previousLink, StoredEvent event) throws SQLException {
        if (event.sequenceNumber() == 0) {
            return EventChain.GENESIS;
        }
        previousLink.setString(1, event.aggregateIdentifier());
        previousLink.setLong(2, event.sequenceNumber() - 1);
        try (ResultSet row = previousLink.executeQuery()) {
            return row.next() ? row.getBytes(1) : EventChain.GENESIS;
        }
    }
}
