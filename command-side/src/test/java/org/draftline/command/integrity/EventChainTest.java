package org.draftline.command.integrity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical form of an event and the chain over it, byte for byte as docs/architecture.md defines them. */
class EventChainTest {

    private static final StoredEvent EVENT = new StoredEvent("doc-1", 258, "NegotiatedDocument", "e-1",
            "org.draftline.api.document.DocumentEvent$InputSubmitted", "1", "2026-11-30T20:00:00Z",
            "{\"comments\":\"é\"}".getBytes(StandardCharsets.UTF_8), null);

    @Test
    void theCanonicalFormIsEachColumnLengthPrefixedInItsOrder() {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(HexFormat.of().parseHex("00000005")); expected.writeBytes(bytes("doc-1"));
        expected.writeBytes(HexFormat.of().parseHex("0000000000000102"));
        expected.writeBytes(HexFormat.of().parseHex("00000012")); expected.writeBytes(bytes("NegotiatedDocument"));
        expected.writeBytes(HexFormat.of().parseHex("00000003")); expected.writeBytes(bytes("e-1"));
        expected.writeBytes(HexFormat.of().parseHex("00000037"));
        expected.writeBytes(bytes("org.draftline.api.document.DocumentEvent$InputSubmitted"));
        expected.writeBytes(HexFormat.of().parseHex("00000001")); expected.writeBytes(bytes("1"));
        expected.writeBytes(HexFormat.of().parseHex("00000014")); expected.writeBytes(bytes("2026-11-30T20:00:00Z"));
        // "é" is two bytes in UTF-8: the length counts bytes, not characters
        expected.writeBytes(HexFormat.of().parseHex("00000011")); expected.writeBytes(bytes("{\"comments\":\"é\"}"));
        expected.writeBytes(HexFormat.of().parseHex("ffffffff"));

        assertThat(HexFormat.of().formatHex(EventChain.canonical(EVENT)))
                .isEqualTo(HexFormat.of().formatHex(expected.toByteArray()));
    }

    @Test
    void aLinkIsTheSha256OfThePreviousLinkAndTheCanonicalForm() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(new byte[32]);
        sha256.update(EventChain.canonical(EVENT));

        assertThat(EventChain.link(EventChain.GENESIS, EVENT)).isEqualTo(sha256.digest());
        assertThat(EventChain.head(EventChain.link(EventChain.GENESIS, EVENT))).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void everyColumnChangesTheLink() {
        byte[] link = EventChain.link(EventChain.GENESIS, EVENT);
        byte[] payload = EVENT.payload();
        assertThat(EventChain.link(EventChain.GENESIS, new StoredEvent("doc-2", 258, EVENT.type(),
                EVENT.eventIdentifier(), EVENT.payloadType(), "1", EVENT.timestamp(), payload, null))).isNotEqualTo(link);
        assertThat(EventChain.link(EventChain.GENESIS, new StoredEvent("doc-1", 259, EVENT.type(),
                EVENT.eventIdentifier(), EVENT.payloadType(), "1", EVENT.timestamp(), payload, null))).isNotEqualTo(link);
        assertThat(EventChain.link(EventChain.GENESIS, new StoredEvent("doc-1", 258, EVENT.type(), "e-2",
                EVENT.payloadType(), "1", EVENT.timestamp(), payload, null))).isNotEqualTo(link);
        assertThat(EventChain.link(EventChain.GENESIS, new StoredEvent("doc-1", 258, EVENT.type(),
                EVENT.eventIdentifier(), EVENT.payloadType(), "2", EVENT.timestamp(), payload, null))).isNotEqualTo(link);
        assertThat(EventChain.link(EventChain.GENESIS, new StoredEvent("doc-1", 258, EVENT.type(),
                EVENT.eventIdentifier(), EVENT.payloadType(), "1", "2026-11-30T20:00:01Z", payload, null)))
                .isNotEqualTo(link);
        assertThat(EventChain.link(EventChain.GENESIS, new StoredEvent("doc-1", 258, EVENT.type(),
                EVENT.eventIdentifier(), EVENT.payloadType(), "1", EVENT.timestamp(),
                "{\"comments\":\"e\"}".getBytes(StandardCharsets.UTF_8), null))).isNotEqualTo(link);
        assertThat(EventChain.link(EventChain.GENESIS, new StoredEvent("doc-1", 258, EVENT.type(),
                EVENT.eventIdentifier(), EVENT.payloadType(), "1", EVENT.timestamp(), payload, new byte[0])))
                .as("an empty column is not a missing one").isNotEqualTo(link);
    }

    @Test
    void fieldsCannotTradeBytesAcrossTheirBoundary() {
        StoredEvent one = new StoredEvent("ab", 0, "c", "e", "t", null, "s", bytes("x"), bytes("y"));
        StoredEvent other = new StoredEvent("a", 0, "bc", "e", "t", null, "s", bytes("x"), bytes("y"));

        assertThat(EventChain.canonical(one)).isNotEqualTo(EventChain.canonical(other));
    }

    @Test
    void eachLinkDependsOnEveryEarlierOne() {
        byte[] first = EventChain.link(EventChain.GENESIS, EVENT);
        byte[] second = EventChain.link(first, EVENT);
        byte[] secondAfterAnotherFirst = EventChain.link(EventChain.link(EventChain.GENESIS,
                new StoredEvent("doc-1", 258, EVENT.type(), "e-9", EVENT.payloadType(), "1", EVENT.timestamp(),
                        EVENT.payload(), null)), EVENT);

        assertThat(second).isNotEqualTo(first).isNotEqualTo(secondAfterAnotherFirst);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
