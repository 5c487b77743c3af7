package org.draftline.command.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The MAC that proves a snapshot was written by Draftline, and the filter that passes over any other. The events
 * are covered by the hash chain, but a snapshot stands in for the events up to its sequence: one edited in SQL
 * would have the rules judge the next command on a state the record never held, with nothing in the chain to
 * show it. So each snapshot carries, in its metadata ({@value #META_DATA_KEY}), an HMAC-SHA256 keyed by a
 * secret derived from the head signing key (like {@link ChainMac}, under its own label) over the document, the
 * sequence, the payload's type and revision and the payload's stored bytes (each text or byte field preceded
 * by its length, 4-byte big-endian, -1 for null; the sequence 8-byte big-endian). A snapshot whose MAC is
 * missing or wrong is logged at ERROR and ignored: Axon then takes an older snapshot or the events themselves.
 */
final class SnapshotSeal implements SnapshotFilter {

    static final String META_DATA_KEY = "draftlineSnapshotMac";
    private static final Logger log = LoggerFactory.getLogger(SnapshotSeal.class);
    private static final byte[] LABEL = "draftline-snapshot-mac/1\n".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretKeySpec key;

    private SnapshotSeal(byte[] secret) {
        this.key = new SecretKeySpec(secret, ChainMac.ALGORITHM);
    }

    /** The seal keyed by a secret derived from these private key bytes under its own label. */
    static SnapshotSeal derivedFrom(byte[] privateKey) {
        return new SnapshotSeal(ChainMac.derivedSecret(LABEL, privateKey));
    }

    String of(String aggregate, long sequence, String payloadType, String payloadRevision, byte[] payload) {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        EventChain.field(sealed, EventChain.text(aggregate));
        sealed.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        EventChain.field(sealed, EventChain.text(payloadType));
        EventChain.field(sealed, EventChain.text(payloadRevision));
        EventChain.field(sealed, payload);
        try {
            Mac mac = Mac.getInstance(ChainMac.ALGORITHM);
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(sealed.toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
        }
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        SerializedObject<?> payload = snapshot.getPayload();
        if (!(payload.getData() instanceof byte[] bytes)) {
            return refuse(snapshot, "its payload is not stored as bytes");
        }
        String stored = storedMac(snapshot.getMetaData());
        if (stored == null) {
            return refuse(snapshot, "it carries no MAC");
        }
        String expected = of(snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber(),
                payload.getType().getName(), payload.getType().getRevision(), bytes);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII))) {
            return refuse(snapshot, "its MAC does not match its content");
        }
        return true;
    }

    private static String storedMac(SerializedObject<?> metaData) {
        if (metaData == null || !(metaData.getData() instanceof byte[] bytes)) {
            return null;
        }
        try {
            JsonNode mac = JSON.readTree(bytes).get(META_DATA_KEY);
            return mac == null || !mac.isTextual() ? null : mac.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean refuse(DomainEventData<?> snapshot, String why) {
        log.error("Ignored the snapshot of {} at sequence {}: {}, so Draftline did not write it as it stands; the "
                        + "document is loaded from an older snapshot or its events. Delete the snapshot (snapshots "
                        + "are a cache of the events) and check the record: GET /api/documents/{}/integrity",
                snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber(), why,
                snapshot.getAggregateIdentifier());
        return false;
    }
}
