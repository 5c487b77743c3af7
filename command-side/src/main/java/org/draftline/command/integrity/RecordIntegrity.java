package org.draftline.command.integrity;

import org.draftline.api.integrity.IntegrityCheck;
import org.draftline.api.integrity.IntegrityCheck.BreakReason;
import org.draftline.api.integrity.SignedHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Recomputes a document's chain from the events as stored, compares it link by link with
 * {@code event_chain} (each link's MAC included) and with the signed heads, and signs a head that checks out.
 * A broken record is never signed, so a signature always vouches for a record that matched every earlier one.
 */
class RecordIntegrity {

    private static final Logger log = LoggerFactory.getLogger(RecordIntegrity.class);
    private static final String SIGNATURE_PREFIX = "ed25519:";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate signing;
    private final HeadSigningKey key;
    private final Clock clock;

    RecordIntegrity(JdbcTemplate jdbc, PlatformTransactionManager transactions, HeadSigningKey key, Clock clock) {
        this.jdbc = jdbc;
        // events, links and signed heads read as of one moment, so a concurrent append never looks like a break;
        // a transaction of its own, since a caller's (the query bus's) would keep its weaker isolation
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.signing = new TransactionTemplate(transactions);
        signing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.key = key;
        this.clock = clock;
    }

    private record Link(long sequence, String eventIdentifier, byte[] hash, byte[] mac) {
    }

    /** The chain recomputed from the events up to its first break, and that break if any. */
    private record Walk(List<byte[]> recomputed, long last, Long brokenAt, BreakReason reason, String detail) {
    }

    /** The check, empty when the store holds neither events nor links for this document. */
    Optional<IntegrityCheck> check(String documentId) {
        return snapshot.execute(status -> read(documentId));
    }

    private TreeMap<Long, StoredEvent> events(String documentId) {
        TreeMap<Long, StoredEvent> events = new TreeMap<>();
        jdbc.query("SELECT " + ChainTables.EVENT_COLUMNS + " FROM domainevententry WHERE aggregateidentifier = ?",
                row -> {
                    StoredEvent event = ChainTables.event(row);
                    events.put(event.sequenceNumber(), event);
                }, documentId);
        return events;
    }

    private TreeMap<Long, Link> links(String documentId) {
        TreeMap<Long, Link> links = new TreeMap<>();
        jdbc.query("SELECT sequence, event_identifier, hash, mac FROM event_chain WHERE aggregate_id = ?",
                row -> {
                    links.put(row.getLong(1), new Link(row.getLong(1), row.getString(2), row.getBytes(3),
                            row.getBytes(4)));
                }, documentId);
        return links;
    }

    private Optional<IntegrityCheck> read(String documentId) {
        TreeMap<Long, StoredEvent> events = events(documentId);
        TreeMap<Long, Link> links = links(documentId);
        if (events.isEmpty() && links.isEmpty()) {
            return Optional.empty();
        }
        List<SignedHead> signedHeads = jdbc.query("""
                SELECT sequence, head, signed_at, key_id, signature FROM signed_head
                WHERE aggregate_id = ? ORDER BY sequence""", (row, number) -> new SignedHead(documentId,
                row.getLong(1), EventChain.head(row.getBytes(2)), row.getString(3), row.getString(4),
                SIGNATURE_PREFIX + Base64.getEncoder().encodeToString(row.getBytes(5))), documentId);
        return Optional.of(check(documentId, events, links, signedHeads));
    }

    private IntegrityCheck check(String documentId, TreeMap<Long, StoredEvent> events, TreeMap<Long, Link> links,
                                 List<SignedHead> signedHeads) {
        Walk walk = walk(documentId, events, links, true);
        List<byte[]> recomputed = walk.recomputed();
        long last = walk.last();
        if (walk.brokenAt() != null) {
            return broken(documentId, events.size(), recomputed, validSignedHeads(signedHeads, recomputed),
                    walk.brokenAt(), walk.reason(), walk.detail());
        }
        SignedHead latestMatching = null;
        for (SignedHead signed : signedHeads) {
            Mismatch mismatch = signatureProblem(signed, recomputed);
            if (mismatch != null) {
                // a missing tail is found exactly; otherwise every link holds its MAC, so the signed head itself is
                // wrong (edited, forged or another key's): what is known is that it is after the last one that holds
                long firstSuspect = mismatch.reason() == BreakReason.DELETED ? last + 1
                        : latestMatching == null ? 0 : latestMatching.sequence() + 1;
                return broken(documentId, events.size(), recomputed, latestMatching, firstSuspect, mismatch.reason(),
                        mismatch.detail());
            }
            latestMatching = signed;
        }
        String head = recomputed.isEmpty() ? null : EventChain.head(recomputed.get(recomputed.size() - 1));
        String signature = latestMatching != null && latestMatching.sequence() == last ? latestMatching.signature()
                : null;
        return new IntegrityCheck(documentId, true, events.size(), head, signature, latestMatching, null, null, null);
    }

    /**
     * Walks the sequences from 0, recomputing each link from its event and comparing it with the stored one
     * (and its MAC when asked), up to the first break.
     */
    private Walk walk(String documentId, TreeMap<Long, StoredEvent> events, TreeMap<Long, Link> links,
                      boolean checkMacs) {
        Map<String, Long> eventSequences = new HashMap<>();
        events.values().forEach(event -> eventSequences.put(event.eventIdentifier(), event.sequenceNumber()));
        Map<String, Long> linkSequences = new HashMap<>();
        links.values().forEach(link -> linkSequences.put(link.eventIdentifier(), link.sequence()));
        long last = Math.max(events.isEmpty() ? -1 : events.lastKey(), links.isEmpty() ? -1 : links.lastKey());
        List<byte[]> recomputed = new ArrayList<>();
        ChainMac mac = key.chainMac();
        byte[] previous = EventChain.GENESIS;
        for (long sequence = 0; sequence <= last; sequence++) {
            StoredEvent event = events.get(sequence);
            Link link = links.get(sequence);
            String broken = null;
            BreakReason reason = null;
            if (event == null && link == null) {
                reason = BreakReason.DELETED;
                broken = "neither an event nor its link is left at sequence " + sequence + ", yet later ones are";
            } else if (event == null) {
                Long movedTo = eventSequences.get(link.eventIdentifier());
                reason = movedTo == null ? BreakReason.DELETED : BreakReason.REORDERED;
                broken = movedTo == null ? "the event chained at sequence " + sequence + " (" + link.eventIdentifier()
                        + ") is gone" : "the event chained at sequence " + sequence + " now stands at " + movedTo;
            } else if (link == null || !link.eventIdentifier().equals(event.eventIdentifier())) {
                Long chainedAt = linkSequences.get(event.eventIdentifier());
                reason = chainedAt == null ? BreakReason.INSERTED : BreakReason.REORDERED;
                broken = chainedAt == null ? "the event at sequence " + sequence + " (" + event.eventIdentifier()
                        + ") was never chained" : "the event at sequence " + sequence + " was chained at sequence "
                        + chainedAt;
            } else {
                byte[] hash = EventChain.link(previous, event);
                if (!Arrays.equals(hash, link.hash())) {
                    reason = BreakReason.EDITED;
                    broken = "the event at sequence " + sequence + " (" + event.payloadType()
                            + ") no longer has the bytes that were chained";
                } else if (checkMacs && !mac.verifies(documentId, sequence, hash, link.mac())) {
                    reason = BreakReason.FORGED_LINK;
                    broken = "the link at sequence " + sequence + " (" + event.payloadType() + ") "
                            + (link.mac() == null ? "has no MAC" : "has a MAC that does not verify with the key")
                            + ": Draftline did not write it; it was made or remade outside Draftline";
                } else {
                    recomputed.add(hash);
                    previous = hash;
                }
            }
            if (reason != null) {
                return new Walk(recomputed, last, sequence, reason, broken);
            }
        }
        return new Walk(recomputed, last, null, null, null);
    }

    private SignedHead validSignedHeads(List<SignedHead> signedHeads, List<byte[]> recomputed) {
        SignedHead latest = null;
        for (SignedHead signed : signedHeads) {
            if (signed.sequence() >= recomputed.size() || signatureProblem(signed, recomputed) != null) {
                break;
            }
            latest = signed;
        }
        return latest;
    }

    private record Mismatch(BreakReason reason, String detail) {
    }

    /** Why this signed head does not vouch for the recomputed chain, or null when it does. */
    private Mismatch signatureProblem(SignedHead signed, List<byte[]> recomputed) {
        if (!signed.keyId().equals(key.keyId())) {
            return new Mismatch(BreakReason.SIGNATURE_MISMATCH, "the head of sequence " + signed.sequence() + " was signed by key " + signed.keyId()
                    + ", not by this server's key " + key.keyId()
                    + " (instances on one database share draftline.integrity.key-file)");
        }
        byte[] signature = Base64.getDecoder().decode(signed.signature().substring(SIGNATURE_PREFIX.length()));
        if (!key.verifies(signed.statement().getBytes(StandardCharsets.UTF_8), signature)) {
            return new Mismatch(BreakReason.SIGNATURE_MISMATCH, "the signature of the head of sequence "
                    + signed.sequence() + " does not verify with the key");
        }
        if (signed.sequence() >= recomputed.size()) {
            return new Mismatch(BreakReason.DELETED, "the head signed at sequence " + signed.sequence()
                    + " covers events the record no longer has (it ends at sequence " + (recomputed.size() - 1) + ")");
        }
        if (!EventChain.head(recomputed.get((int) signed.sequence())).equals(signed.head())) {
            return new Mismatch(BreakReason.SIGNATURE_MISMATCH, "the chain recomputed from the events no longer "
                    + "leads to the head signed at sequence " + signed.sequence()
                    + ": an event at or before it was changed and its links made again");
        }
        return null;
    }

    private static IntegrityCheck broken(String documentId, int events, List<byte[]> recomputed, SignedHead signed,
                                         long sequence, BreakReason reason, String detail) {
        String head = recomputed.isEmpty() ? null : EventChain.head(recomputed.get(recomputed.size() - 1));
        return new IntegrityCheck(documentId, false, events, head, null, signed, sequence, reason, detail);
    }

    /**
     * Gives their MAC to the links the MAC migration marked (those written before the MAC existed), once: the
     * marks are taken and deleted in one transaction, so a second instance starting meanwhile finds none, and a
     * link is MACed only where its document's chain, recomputed from the events, still leads to the very hash
     * marked. Answers how many links it MACed.
     */
    int macMarkedLinks() {
        Integer maced = signing.execute(status -> {
            Map<String, Map<Long, byte[]>> marked = new TreeMap<>();
            jdbc.query("DELETE FROM event_chain_mac_pending RETURNING aggregate_id, sequence, hash",
                    row -> {
                        marked.computeIfAbsent(row.getString(1), document -> new HashMap<>())
                                .put(row.getLong(2), row.getBytes(3));
                    });
            int given = 0;
            int left = 0;
            for (Map.Entry<String, Map<Long, byte[]>> document : marked.entrySet()) {
                String documentId = document.getKey();
                List<byte[]> recomputed = walk(documentId, events(documentId), links(documentId), false).recomputed();
                for (Map.Entry<Long, byte[]> link : document.getValue().entrySet()) {
                    long sequence = link.getKey();
                    if (sequence < recomputed.size() && Arrays.equals(recomputed.get((int) sequence), link.getValue())
                            && jdbc.update("UPDATE event_chain SET mac = ? WHERE aggregate_id = ? AND sequence = ? "
                            + "AND hash = ? AND mac IS NULL", key.chainMac().of(documentId, sequence, link.getValue()),
                            documentId, sequence, link.getValue()) == 1) {
                        given++;
                    } else {
                        left++;
                    }
                }
            }
            if (!marked.isEmpty()) {
                log.warn("Gave their MAC to {} chain links written before the MAC existed, as they stand now (trust "
                        + "on first use, see docs/architecture.md); {} marked links no longer matched their events "
                        + "and stay without", given, left);
            }
            return given;
        });
        return maced == null ? 0 : maced;
    }

    /**
     * Marks found at a start that did not apply the MAC migration were written by someone else: they get
     * no MAC, and are reported.
     */
    void leaveStrayMarks() {
        Long stray = jdbc.queryForObject("SELECT count(*) FROM event_chain_mac_pending", Long.class);
        if (stray != null && stray > 0) {
            log.error("{} chain links are marked for a MAC, but this start did not apply the migration that marks "
                    + "them: someone wrote the marks in the database; they get no MAC and stay in "
                    + "event_chain_mac_pending for inspection", stray);
        }
    }

    /** Checks the record and signs its head when it checks out and is not signed yet. */
    Optional<IntegrityCheck> checkAndSign(String documentId) {
        Optional<IntegrityCheck> check = check(documentId);
        if (check.isEmpty() || !check.get().verified() || check.get().signature() != null
                || check.get().events() == 0) {
            check.filter(found -> !found.verified()).ifPresent(found -> log.error(
                    "The record of document '{}' fails its integrity check at sequence {} ({}): {}", documentId,
                    found.firstBrokenSequence(), found.reason(), found.detail()));
            return check;
        }
        IntegrityCheck verified = check.get();
        long sequence = verified.events() - 1;
        String signedAt = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        byte[] signature = key.sign(SignedHead.statement(documentId, sequence, verified.head(), signedAt)
                .getBytes(StandardCharsets.UTF_8));
        // committed at once, whatever the caller's transaction: the check below reads in a transaction of its own
        signing.executeWithoutResult(status -> jdbc.update("""
                INSERT INTO signed_head (aggregate_id, sequence, head, signed_at, key_id, signature)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (aggregate_id, sequence) DO NOTHING""", documentId, sequence,
                HexFormat.of().parseHex(verified.head().substring(EventChain.PREFIX.length())), signedAt,
                key.keyId(), signature));
        return check(documentId);
    }

    /** Checks every document's record, logging each that fails (at ERROR); answers how many fail. */
    int checkEveryDocument() {
        List<String> documents = jdbc.queryForList("""
                SELECT aggregateidentifier FROM domainevententry UNION SELECT aggregate_id FROM event_chain""",
                String.class);
        int failing = 0;
        for (String documentId : documents) {
            if (!checkAndSign(documentId).map(IntegrityCheck::verified).orElse(true)) {
                failing++;
            }
        }
        if (failing > 0) {
            log.error("{} of {} documents fail their integrity check", failing, documents.size());
        } else {
            log.info("The records of all {} documents match their hash chains and signed heads", documents.size());
        }
        return failing;
    }

    /** Signs every document whose chain has grown past its last signed head; answers how many it signed. */
    int signGrownHeads() {
        List<String> grown = jdbc.queryForList("""
                SELECT chain.aggregate_id FROM event_chain chain
                LEFT JOIN (SELECT aggregate_id, max(sequence) AS sequence FROM signed_head GROUP BY aggregate_id) signed
                       ON signed.aggregate_id = chain.aggregate_id
                GROUP BY chain.aggregate_id, signed.sequence
                HAVING max(chain.sequence) > coalesce(signed.sequence, -1)""", String.class);
        int signed = 0;
        for (String documentId : grown) {
            if (checkAndSign(documentId).map(IntegrityCheck::verified).orElse(false)) {
                signed++;
            }
        }
        return signed;
    }
}
