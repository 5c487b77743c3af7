package org.draftline.command.integrity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * The MAC that proves a link of the chain was written by Draftline: HMAC-SHA256, keyed by a secret derived
 * from the head signing key (so it lives outside the database, in the same file), over the link's position
 * and hash: the document's UTF-8 bytes preceded by their length (4-byte big-endian), the sequence (8-byte
 * big-endian), then the 32-byte link. Anyone can recompute the public chain; only holders of the key file
 * can make or check a link's MAC, so a link made with {@code draftline_chain_link} in SQL has none.
 */
final class ChainMac {

    static final String ALGORITHM = "HmacSHA256";
    /** Keeps the MAC key apart from any other use of the private key's bytes. */
    private static final byte[] LABEL = "draftline-chain-mac/1\n".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    private ChainMac(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** The MAC keyed by a secret derived from these private key bytes under its own label. */
    static ChainMac derivedFrom(byte[] privateKey) {
        return new ChainMac(derivedSecret(LABEL, privateKey));
    }

    /**
     * SHA-256 of {@code label} and the private key's bytes: a secret of its own for each use of the key, so
     * the chain's MACs and the snapshots' seals never share one.
     */
    static byte[] derivedSecret(byte[] label, byte[] privateKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(label);
            sha256.update(privateKey);
            return sha256.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    byte[] of(String aggregate, long sequence, byte[] link) {
        byte[] document = aggregate.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(document.length).array());
            mac.update(document);
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
            mac.update(link);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
        }
    }

    /** Whether this MAC, possibly absent, is the one Draftline gives this link at this position. */
    boolean verifies(String aggregate, long sequence, byte[] link, byte[] mac) {
        return mac != null && MessageDigest.isEqual(of(aggregate, sequence, link), mac);
    }
}
