package org.draftline.command.integrity;

import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Axon's JDBC engine that also links each appended event into its document's hash chain
 * ({@code event_chain}), in the same transaction and on the same connection as the events: the chain
 * can never hold a link without its event, nor an appended event lack its link. The links are computed
 * from the rows as stored (read back by event identifier), so the chain covers the bytes on disk; each link
 * carries its MAC, which only holders of the key file can make.
 */
class ChainingEventStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactionManager;
    private final ChainMac mac;

    ChainingEventStorageEngine(Builder builder, TransactionManager transactionManager, ChainMac mac) {
        super(builder);
        this.transactionManager = transactionManager;
        this.mac = mac;
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
}
