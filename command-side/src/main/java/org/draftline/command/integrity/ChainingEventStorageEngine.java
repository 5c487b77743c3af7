package org.draftline.command.integrity;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.draftline.platform.events.OwnNotifications;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * Axon's JDBC engine that also links each appended event into its document's hash chain
 * ({@code event_chain}), in the same statement as the events ({@link ChainTables#APPEND}): the chain can
 * never hold a link without its event, nor an appended event lack its link. Each link is computed from the
 * very values the statement stores (the serialized payload and metadata, the timestamp as Axon writes it),
 * so the chain covers the bytes on disk, and carries its MAC, which only holders of the key file can make.
 * <p>
 * The link an append continues from is the document's last one: remembered from this process's own
 * appends once they committed (links never change), asked of {@code event_chain} otherwise. Each snapshot
 * carries its own MAC ({@link SnapshotSeal}), over the bytes stored.
 * <p>
 * The append's connection is named to {@link OwnNotifications} before the statement runs: the event table's
 * trigger notifies through it, and this instance, which publishes its own appends as they commit, does not
 * act on that notification a second time.
 * <p>
 * What it reads back is Axon's, but for the timestamp, read from the stored text by
 * {@link org.draftline.platform.axon.UtcInstants} ({@link ReadEventData}).
 */
class ChainingEventStorageEngine extends JdbcEventStorageEngine {

    private static final int REMEMBERED_DOCUMENTS = 10_000;

    private final ChainMac mac;
    private final SnapshotSeal seal;
    private final OwnNotifications own;
    /** The last committed link of each recently appended document, the least recently appended forgotten first. */
    private final Map<String, Link> lastLinks = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Link> eldest) {
            return size() > REMEMBERED_DOCUMENTS;
        }
    };

    ChainingEventStorageEngine(Builder builder, ChainMac mac, SnapshotSeal seal, OwnNotifications own) {
        super(builder);
        this.mac = mac;
        this.seal = seal;
        this.own = own;
    }

    @Override
    protected PreparedStatement appendEvents(Connection connection, List<? extends EventMessage<?>> events,
                                             Serializer serializer) throws SQLException {
        List<StoredEvent> stored = events.stream().map(event -> stored(event, serializer)).toList();
        List<byte[]> links = new ArrayList<>();
        List<byte[]> macs = new ArrayList<>();
        Map<String, Link> appended = new LinkedHashMap<>();
        for (StoredEvent event : stored) {
            Link previous = appended.get(event.aggregateIdentifier());
            byte[] previousHash = previous != null && previous.sequence() == event.sequenceNumber() - 1
                    ? previous.hash() : previousLink(connection, event);
            byte[] link = EventChain.link(previousHash, event);
            links.add(link);
            macs.add(mac.of(event.aggregateIdentifier(), event.sequenceNumber(), link));
            appended.put(event.aggregateIdentifier(), new Link(event.sequenceNumber(), link));
        }
        rememberOnCommit(appended);
        own.notifyingThrough(connection);
        return ChainTables.append(connection, stored, links, macs);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        return ReadEventData.tracked(super.getTrackedEventData(resultSet, previousToken),
                readTimeStamp(resultSet, schema().timestampColumn()));
    }

    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
        return ReadEventData.domain(super.getDomainEventData(resultSet),
                readTimeStamp(resultSet, schema().timestampColumn()));
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

    /** The row Axon's own statement would write for this event. */
    private static StoredEvent stored(EventMessage<?> message, Serializer serializer) {
        DomainEventMessage<?> event = message instanceof DomainEventMessage<?> domain ? domain
                : new GenericDomainEventMessage<>(null, message.getIdentifier(), 0L, message, message::getTimestamp);
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
        return new StoredEvent(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getType(),
                event.getIdentifier(), payload.getType().getName(), payload.getType().getRevision(),
                formatInstant(event.getTimestamp()), payload.getData(), metaData.getData());
    }

    /**
     * The link before this event; the genesis for a document's first event, and for an event whose
     * predecessor has no link (the check then reports the missing link, the earlier break).
     */
    private byte[] previousLink(Connection connection, StoredEvent event) throws SQLException {
        if (event.sequenceNumber() == 0) {
            return EventChain.GENESIS;
        }
        Link remembered;
        synchronized (lastLinks) {
            remembered = lastLinks.get(event.aggregateIdentifier());
        }
        if (remembered != null && remembered.sequence() == event.sequenceNumber() - 1) {
            return remembered.hash();
        }
        byte[] stored = ChainTables.link(connection, event.aggregateIdentifier(), event.sequenceNumber() - 1);
        return stored == null ? EventChain.GENESIS : stored;
    }

    /** Remembers the appended links once their transaction committed; nothing of a rolled-back append. */
    private void rememberOnCommit(Map<String, Link> appended) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                synchronized (lastLinks) {
                    appended.forEach((aggregate, link) -> lastLinks.merge(aggregate, link,
                            (known, newer) -> newer.sequence() > known.sequence() ? newer : known));
                }
            }
        });
    }

    /** A document's link at one sequence. */
    private record Link(long sequence, byte[] hash) {
    }
}
