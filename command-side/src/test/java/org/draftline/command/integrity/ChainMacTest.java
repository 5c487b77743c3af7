package org.draftline.command.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;

import static org.assertj.core.api.Assertions.assertThat;

/** The links' MAC: HMAC-SHA256 over the link's position and hash, keyed by a secret derived from the key file. */
class ChainMacTest {

    private static final byte[] LINK = EventChain.link(EventChain.GENESIS,
            new StoredEvent("doc-1", 3, "Document", "e-1", "Registered", null, "2026-11-30T00:00:00Z",
                    "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)));

    @TempDir
    Path dataDir;

    @Test
    void theMacIsTheDocumentedHmacOfTheLinkAndItsPosition() throws Exception {
        byte[] privateKey = new byte[32];
        privateKey[0] = 7;
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update("draftline-chain-mac/1\n".getBytes(StandardCharsets.US_ASCII));
        sha256.update(privateKey);
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(sha256.digest(), "HmacSHA256"));
        hmac.update(ByteBuffer.allocate(4).putInt(5).array());
        hmac.update("doc-1".getBytes(StandardCharsets.UTF_8));
        hmac.update(ByteBuffer.allocate(8).putLong(3).array());
        hmac.update(LINK);

        assertThat(ChainMac.derivedFrom(privateKey).of("doc-1", 3, LINK)).isEqualTo(hmac.doFinal());
    }

    @Test
    void aMacVerifiesOnlyForItsLinkAtItsPositionUnderItsKey() {
        ChainMac mac = HeadSigningKey.loadOrCreate(dataDir.resolve("key.pem")).chainMac();
        byte[] made = mac.of("doc-1", 3, LINK);
        byte[] otherLink = LINK.clone();
        otherLink[0] ^= 1;

        assertThat(mac.verifies("doc-1", 3, LINK, made)).isTrue();
        assertThat(mac.verifies("doc-1", 3, LINK, null)).isFalse();
        assertThat(mac.verifies("doc-2", 3, LINK, made)).isFalse();
        assertThat(mac.verifies("doc-1", 4, LINK, made)).isFalse();
        assertThat(mac.verifies("doc-1", 3, otherLink, made)).isFalse();
        assertThat(HeadSigningKey.loadOrCreate(dataDir.resolve("other.pem")).chainMac()
                .verifies("doc-1", 3, LINK, made)).isFalse();
    }

    @Test
    void theSameKeyFileGivesTheSameMacAfterItIsReadAgain() {
        Path file = dataDir.resolve("integrity").resolve("head-signing-key.pem");
        byte[] made = HeadSigningKey.loadOrCreate(file).chainMac().of("doc-1", 0, LINK);

        assertThat(HeadSigningKey.loadOrCreate(file).chainMac().verifies("doc-1", 0, LINK, made)).isTrue();
    }
}
