package org.draftline.standalone;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A large record made quickly and honestly: negotiations driven through the API are the templates, and
 * their events are copied in SQL, each copy under a new document id (in the aggregate column and in every
 * JSON string of the payload and metadata that names the document), with new event ids and new global
 * indexes, so the read models meet real events. The copies of a batch interleave, event by event, like
 * negotiations running side by side.
 * <p>
 * Copies carry no hash chain: the links and their MACs are written only by the server's storage engine,
 * with a key the database never sees, so a copy's {@code GET .../integrity} reports its first event as
 * {@code INSERTED}, as it should for events written in SQL.
 */
final class NegotiationCopies {

    /** About this many events per transaction: short, so a processor never waits long on a gap. */
    private static final long EVENTS_PER_TRANSACTION = 10_000;

    private static final String COPY = """
            INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier,
                                          metadata, payload, payloadrevision, payloadtype, timestamp)
            SELECT nextval(pg_get_serial_sequence('domainevententry', 'globalindex')), copy.id, copy.sequencenumber,
                   copy.type, gen_random_uuid()::text,
                   convert_to(replace(convert_from(copy.metadata, 'UTF8'), copy.quoted, '"' || copy.id || '"'), 'UTF8'),
                   convert_to(replace(convert_from(copy.payload, 'UTF8'), copy.quoted, '"' || copy.id || '"'), 'UTF8'),
                   copy.payloadrevision, copy.payloadtype, copy.timestamp
            FROM (SELECT event.*, event.aggregateidentifier || '-copy-' || number AS id,
                         '"' || event.aggregateidentifier || '"' AS quoted
                  FROM domainevententry event
                  JOIN (VALUES %s) AS template (id, last) ON event.aggregateidentifier = template.id
                  CROSS JOIN generate_series(?, ?) AS number
                  WHERE event.sequencenumber <= template.last
                  ORDER BY event.sequencenumber, number, event.aggregateidentifier) copy""";

    record Template(String documentId, long lastSequence) {

        long events() {
            return lastSequence + 1;
        }
    }

    /** What {@link #fill} made: the copies numbered 1 to {@code rounds} of every template. */
    record Filled(int rounds, int documents, long eventsCopied, long eventsInStore, double seconds) {
    }

    private final JdbcTemplate jdbc;
    private final List<Template> templates;

    private NegotiationCopies(JdbcTemplate jdbc, List<Template> templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    /** The documents to copy, each as far as its record stands now (events recorded later are not copied). */
    static NegotiationCopies of(JdbcTemplate jdbc, List<String> documentIds) {
        List<Template> templates = new ArrayList<>();
        for (String documentId : documentIds) {
            Long last = jdbc.queryForObject(
                    "SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                    Long.class, documentId);
            if (last == null) {
                throw new IllegalArgumentException("no events of " + documentId + " to copy");
            }
            templates.add(new Template(documentId, last));
        }
        return new NegotiationCopies(jdbc, Collections.unmodifiableList(templates));
    }

    static String copyId(String documentId, int copy) {
        return documentId + "-copy-" + copy;
    }

    List<Template> templates() {
        return templates;
    }

    /** The events of one copy of every template. */
    long eventsPerRound() {
        return templates.stream().mapToLong(Template::events).sum();
    }

    /** Copies numbered {@code first} to {@code last} of every template, in one statement; answers the events written. */
    long copy(int first, int last) {
        List<Object> arguments = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Template template : templates) {
            values.add("(?::varchar, ?::bigint)");
            arguments.add(template.documentId());
            arguments.add(template.lastSequence());
        }
        arguments.add(first);
        arguments.add(last);
        return jdbc.update(COPY.formatted(String.join(", ", values)), arguments.toArray());
    }

    /** Copies whole rounds until the store holds at least {@code targetEvents} events. */
    Filled fill(long targetEvents) {
        long start = System.nanoTime();
        long inStore = eventsInStore();
        long perRound = eventsPerRound();
        int roundsPerTransaction = (int) Math.max(1, EVENTS_PER_TRANSACTION / perRound);
        int rounds = 0;
        long copied = 0;
        while (inStore < targetEvents) {
            long roundsLeft = (targetEvents - inStore + perRound - 1) / perRound;
            int last = rounds + (int) Math.min(roundsPerTransaction, roundsLeft);
            long written = copy(rounds + 1, last);
            rounds = last;
            copied += written;
            inStore += written;
        }
        return new Filled(rounds, rounds * templates.size(), copied, inStore, (System.nanoTime() - start) / 1e9);
    }

    long eventsInStore() {
        Long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        return events == null ? 0 : events;
    }
}
