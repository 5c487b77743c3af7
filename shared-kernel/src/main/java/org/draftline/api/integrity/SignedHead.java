package org.draftline.api.integrity;

/**
 * A chain head signed with Draftline's Ed25519 key.
 *
 * @param sequence  the last sequence the head covers
 * @param head      {@code sha256:<hex>}
 * @param signedAt  when it was signed, ISO-8601 UTC exactly as signed
 * @param keyId     the RFC 7638 thumbprint of the public key that signs
 * @param signature {@code ed25519:<base64>} over {@link #statement()}
 */
public record SignedHead(String documentId, long sequence, String head, String signedAt, String keyId,
                         String signature) {

    /** The bytes signed, UTF-8: five lines, each ended by a line feed. */
    public String statement() {
        return statement(documentId, sequence, head, signedAt);
    }

    public static String statement(String documentId, long sequence, String head, String signedAt) {
        return "draftline-signed-head/1\n" + documentId + "\n" + sequence + "\n" + head + "\n" + signedAt + "\n";
    }
}
