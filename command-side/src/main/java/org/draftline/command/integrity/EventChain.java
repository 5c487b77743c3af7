package org.draftline.command.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of a document's events, version 1. Each link is
 * {@code SHA-256(previous || canonical(event))}, the first one's previous being 32 zero bytes; the
 * canonical form is each column in a fixed order, a text as its UTF-8 bytes and a byte column as is, each
 * preceded by its length as a 4-byte big-endian integer (-1 for null), the sequence as an 8-byte
 * big-endian integer. {@code docs/architecture.md} gives the same in SQL and Python.
 */
final class EventChain {

    static final byte[] GENESIS = new byte[32];
    static final String PREFIX = "sha256:";

    private EventChain() {
    }

    static byte[] canonical(StoredEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, text(event.aggregateIdentifier()));
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(event.sequenceNumber()).array());
        field(out, text(event.type()));
        field(out, text(event.eventIdentifier()));
        field(out, text(event.payloadType()));
        field(out, text(event.payloadRevision()));
        field(out, text(event.timestamp()));
        field(out, event.payload());
        field(out, event.metadata());
        return out.toByteArray();
    }

    static byte[] link(byte[] previous, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        sha256.update(canonical(event));
        return sha256.digest();
    }

    static String head(byte[] link) {
        return PREFIX + HexFormat.of().formatHex(link);
    }

    /** A text as the canonical form holds it: its UTF-8 bytes, or null. */
    static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    /** A field of the canonical form: its length (4-byte big-endian, -1 for null), then its bytes. */
    static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
