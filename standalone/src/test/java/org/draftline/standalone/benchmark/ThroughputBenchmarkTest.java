package org.draftline.standalone.benchmark;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.query.progress.ProjectionProgress;
import org.draftline.standalone.DraftlineApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput, measured and printed, never asserted: commands per second through Draftline and the read
 * models' replay rate, each against the raw limit of the same PostgreSQL in the same run (single-row
 * insert-and-commit per second). Run with {@code ./mvnw -pl standalone -am -Pbenchmark verify}.
 */
@Tag("benchmark")
class ThroughputBenchmarkTest {

    private static final int COMMANDS = 2000;
    private static final int DOCUMENTS = 16;
    /** The recorded lifecycles are copied this many times under new document ids before the replay. */
    private static final int COPIES = 20;

    @TempDir
    Path dataDir;

    @Test
    void commandsAndReplayAgainstRawInserts() throws Exception {
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(DraftlineApplication.class)
                .run("--server.port=0", "--draftline.port=0", "--draftline.data-dir=" + dataDir,
                        "--spring.profiles.active=demo", "--logging.level.root=warn")) {
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            CommandGateway commands = application.getBean(CommandGateway.class);

            double raw = RawPostgres.insertsPerSecond(jdbc);
            List<DocumentId> documents = registerDocuments(commands);
            double oneThread = commandsPerSecond(commands, documents.subList(0, 1), 1, COMMANDS / 4);
            double eightThreads = commandsPerSecond(commands, documents, 8, COMMANDS);
            List<DocumentId> replayed = copyLifecycles(jdbc, documents);
            double orderedRead = orderedReadRowsPerSecond(jdbc);
            double replay = replayEventsPerSecond(application, jdbc, replayed);

            System.out.printf("%nDraftline throughput on this machine (%d cores)%n",
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("  raw PostgreSQL single-row insert+commit: %8.0f /s%n", raw);
            System.out.printf("  commands, 1 thread, one document:        %8.0f /s  (%.2f of raw)%n", oneThread,
                    oneThread / raw);
            System.out.printf("  commands, 8 threads, %d documents:       %8.0f /s  (%.2f of raw)%n", DOCUMENTS,
                    eightThreads, eightThreads / raw);
            System.out.printf("  read models: batch size %s, segments %s, one processor %s%n",
                    application.getEnvironment().getProperty("draftline.projections.batch-size", "(default)"),
                    application.getEnvironment().getProperty("draftline.projections.segments", "(default)"),
                    application.getEnvironment().getProperty("draftline.projections.one-processor", "(default)"));
            System.out.printf("  raw ordered read of the event table:     %8.0f rows/s%n", orderedRead);
            System.out.printf("  read-model replay, all projections:      %8.0f events/s  (%.2f of raw insert, %.3f of"
                    + " raw ordered read)%n%n", replay, replay / raw, replay / orderedRead);
        }
    }

    private static List<DocumentId> registerDocuments(CommandGateway commands) {
        Actor secretariat = Actor.secretariat("benchmark");
        List<DocumentId> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            DocumentId id = DocumentId.of("benchmark-" + i);
            send(commands, new RegisterDocument(id, "Benchmark " + i, DocumentKind.OTHER, "General Assembly", null,
                    null, null), secretariat);
            send(commands, new AppointCoFacilitators(id, List.of(new CoFacilitator(Delegation.of("BEL"), null)), null,
                    null), secretariat);
            documents.add(id);
        }
        return documents;
    }

    private static double commandsPerSecond(CommandGateway commands, List<DocumentId> documents, int threads,
                                            int count) throws Exception {
        Actor coFacilitator = Actor.delegate("benchmark-belgium", Delegation.of("BEL"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = thread; i < count; i += threads) {
                    DocumentId document = documents.get(i % documents.size());
                    send(commands, new RecordMeeting(document, MeetingKind.CONSULTATION, "Consultation " + i,
                            LocalDate.of(2026, 1, 1), null, null), coFacilitator);
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        return count / seconds(start);
    }

    /**
     * Copies every recorded event {@link #COPIES} times under new document ids (also inside the payload)
     * and new event ids, so that the replay reads a store of a size worth measuring.
     */
    private static List<DocumentId> copyLifecycles(JdbcTemplate jdbc, List<DocumentId> documents) {
        jdbc.update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                SELECT aggregateidentifier || '-copy-' || copy, sequencenumber, type, gen_random_uuid()::text, metadata,
                       convert_to(replace(convert_from(payload, 'UTF8'), '"' || aggregateidentifier || '"',
                                          '"' || aggregateidentifier || '-copy-' || copy || '"'), 'UTF8'),
                       payloadrevision, payloadtype, timestamp
                FROM domainevententry, generate_series(1, ?) AS copy
                WHERE aggregateidentifier LIKE 'benchmark-%'
                ORDER BY copy, globalindex""", COPIES);
        List<DocumentId> all = new ArrayList<>(documents);
        for (int copy = 1; copy <= COPIES; copy++) {
            for (DocumentId document : documents) {
                all.add(DocumentId.of(document.value() + "-copy-" + copy));
            }
        }
        return all;
    }

    /** The raw limit of a replay: the whole event table read in global order by one client. */
    private static double orderedReadRowsPerSecond(JdbcTemplate jdbc) {
        long[] rows = {0};
        long start = System.nanoTime();
        jdbc.query("SELECT globalindex, aggregateidentifier, sequencenumber, payloadtype, payload, metadata"
                + " FROM domainevententry ORDER BY globalindex", row -> {
            rows[0]++;
        });
        return rows[0] / seconds(start);
    }

    private static double replayEventsPerSecond(ConfigurableApplicationContext application, JdbcTemplate jdbc,
                                                List<DocumentId> documents) {
        ProjectionProgress progress = application.getBean(ProjectionProgress.class);
        for (DocumentId document : documents) {
            progress.await(document, lastSequence(jdbc, document), Duration.ofMinutes(2));
        }
        Integer events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Integer.class);
        List<StreamingEventProcessor> processors = application.getBean(EventProcessingConfiguration.class)
                .eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).toList();
        processors.forEach(StreamingEventProcessor::shutDown);
        processors.forEach(StreamingEventProcessor::resetTokens);
        long start = System.nanoTime();
        processors.forEach(StreamingEventProcessor::start);
        for (DocumentId document : documents) {
            progress.await(document, lastSequence(jdbc, document), Duration.ofMinutes(5));
        }
        return events / seconds(start);
    }

    private static long lastSequence(JdbcTemplate jdbc, DocumentId document) {
        Long last = jdbc.queryForObject("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, document.value());
        return last == null ? 0 : last;
    }

    private static void send(CommandGateway commands, Object command, Actor actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
