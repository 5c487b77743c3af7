package org.draftline.api.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the event store says about one document's record.
 *
 * @param verified            every event matches its link of the chain, every link carries Draftline's MAC and every
 *                            signed head matches the chain
 * @param events              the events the store holds for the document
 * @param head                {@code sha256:<hex>} of the last link recomputed from the events, before any break
 * @param signature           the signature of {@code head} when it is signed ({@code ed25519:<base64>}), else null
 * @param signedHead          the latest signed head that still matches the record, or null
 * @param firstBrokenSequence the first sequence where the record and its chain part, when not verified
 * @param reason              why it broke there, when not verified
 * @param detail              the same in a sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntegrityCheck(String documentId, boolean verified, long events, String head, String signature,
                             SignedHead signedHead, Long firstBrokenSequence, BreakReason reason, String detail) {

    /** Why the record no longer matches its chain. */
    public enum BreakReason {
        /** An event's stored bytes differ from what was chained. */
        EDITED,
        /** A chained event is gone from the store. */
        DELETED,
        /** The store holds an event the chain never took in. */
        INSERTED,
        /** A chained event stands at another sequence than the one it was chained at. */
        REORDERED,
        /** The chain no longer leads to a signed head, or a signature does not verify with the key. */
        SIGNATURE_MISMATCH,
        /**
         * A link matches its event but lacks the MAC only Draftline can make (or its MAC does not verify): it
         * was made or remade outside Draftline, e.g. with {@code draftline_chain_link} in SQL.
         */
        FORGED_LINK
    }
}
