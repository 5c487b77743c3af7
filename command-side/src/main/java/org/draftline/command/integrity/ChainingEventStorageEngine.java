package org.draftline.command.integrity;

import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Axon's JDBC engine that also links each appended event into its document's hash chain
 * ({@code event_chain}), in the same transaction and on the same connection as the events: the chain
 * can never hold a link without its event, nor an appended event lack its link. The links are computed
 * from the rows as stored (read back by event identifier), so the chain covers the bytes on disk; each link
 * carries its MAC, which only holders of the key file can make. Each snapshot carries its own MAC
 * ({@link SnapshotSeal}), over the bytes stored.
 */
class ChainingEventStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactionManager;
    private final ChainMac mac;
    private final SnapshotSeal seal;

    ChainingEventStorageEngine(Builder builder, TransactionManager transactionManager, ChainMac mac,
                               SnapshotSeal seal) {
        super(builder);
        this.transactionManager = transactionManager;
        this.mac = mac;
        this.seal = seal;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            super.appendEvents(events, serializer);
            Connection connection = getConnection();
            try {
                ChainTables.link(connection, events.stream().map(EventMessage::getIdentifier).toList(), mac);
            } catch (SQLException e) {
                throw new EventStoreException("the events were stored but could not be chained", e);
            } finally {
                JdbcUtils.closeQuietly(connection);
            }
        });
    }

    /** Axon's insert of a snapshot, with the MAC of the payload's bytes, serialized once, in its metadata. */
    @Override
    protected PreparedStatement appendSnapshot(Connection connection, DomainEventMessage<?> snapshot,
                                               Serializer serializer) throws SQLException {
        SerializedObject<byte[]> payload = snapshot.serializePayload(serializer, byte[].class);
        String sealed = seal.of(snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber(),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData());
        byte[] metaData = serializer.serialize(snapshot.getMetaData().and(SnapshotSeal.META_DATA_KEY, sealed),
                byte[].class).getData();
        EventSchema schema = schema();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema.snapshotTable() + " ("
                + String.join(", ", schema.eventIdentifierColumn(), schema.aggregateIdentifierColumn(),
                schema.sequenceNumberColumn(), schema.typeColumn(), schema.timestampColumn(),
                schema.payloadTypeColumn(), schema.payloadRevisionColumn(), schema.payloadColumn(),
                schema.metaDataColumn())
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.setString(1, snapshot.getIdentifier());
        insert.setString(2, snapshot.getAggregateIdentifier());
        insert.setLong(3, snapshot.getSequenceNumber());
        insert.setString(4, snapshot.getType());
        writeTimestamp(insert, 5, snapshot.getTimestamp());
        insert.setString(6, payload.getType().getName());
        insert.setString(7, payload.getType().getRevision());
        insert.setBytes(8, payload.getData());
        insert.setBytes(9, metaData);
        return insert;
    }
}
