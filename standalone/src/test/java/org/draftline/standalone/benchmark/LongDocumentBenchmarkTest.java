package org.draftline.standalone.benchmark;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.standalone.DraftlineApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One command on a long document against one on a short one, with the documents' cache off so that each command
 * loads its document from the store: with snapshots (every 100 events, the default) and without (the snapshots
 * deleted, none taken). Printed, never asserted. Run with {@code ./mvnw -pl standalone -am -Pbenchmark verify}.
 */
@Tag("benchmark")
class LongDocumentBenchmarkTest {

    private static final int LONG_DOCUMENT_EVENTS = 3_700;
    private static final int SHORT_DOCUMENT_EVENTS = 10;
    private static final int SHORT_DOCUMENTS = 20;
    private static final int COMMANDS = 60;
    private static final Actor SECRETARIAT = Actor.secretariat("benchmark");
    private static final Actor CO_FACILITATOR = Actor.delegate("benchmark-belgium", Delegation.of("BEL"));

    @TempDir
    Path dataDir;

    @Test
    void oneCommandOnALongDocumentAgainstOneOnAShortDocument() {
        List<DocumentId> shortDocuments = new ArrayList<>();
        DocumentId longDocument = DocumentId.of("benchmark-long");
        // recorded with the cache on, as a running server would; snapshots taken every 100 events meanwhile
        try (ConfigurableApplicationContext application = start("--draftline.documents.cache=true")) {
            CommandGateway commands = application.getBean(CommandGateway.class);
            for (int i = 0; i < SHORT_DOCUMENTS; i++) {
                DocumentId document = DocumentId.of("benchmark-short-" + i);
                negotiate(commands, document, SHORT_DOCUMENT_EVENTS);
                shortDocuments.add(document);
            }
            negotiate(commands, longDocument, LONG_DOCUMENT_EVENTS);
        }

        Figures withSnapshots;
        try (ConfigurableApplicationContext application = start("--draftline.documents.cache=false")) {
            withSnapshots = measure(application, shortDocuments, longDocument);
        }
        Figures withoutSnapshots;
        try (ConfigurableApplicationContext application = start("--draftline.documents.cache=false",
                "--draftline.documents.snapshot-every=0")) {
            application.getBean(JdbcTemplate.class).update("DELETE FROM snapshotevententry");
            withoutSnapshots = measure(application, shortDocuments, longDocument);
        }

        System.out.printf("%nOne command (RecordMeeting through the command gateway, cache off) on this machine "
                + "(%d cores), %d commands each%n", Runtime.getRuntime().availableProcessors(), COMMANDS);
        System.out.printf("  | snapshots | %d-event document p50 / mean | %d-event document p50 / mean | ratio p50 | ratio mean |%n",
                SHORT_DOCUMENT_EVENTS, LONG_DOCUMENT_EVENTS);
        print("every 100 ", withSnapshots);
        print("none      ", withoutSnapshots);
        System.out.println();
    }

    private ConfigurableApplicationContext start(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--draftline.port=0",
                "--draftline.data-dir=" + dataDir, "--spring.profiles.active=demo", "--logging.level.root=warn"));
        all.addAll(Arrays.asList(arguments));
        return new SpringApplicationBuilder(DraftlineApplication.class).run(all.toArray(String[]::new));
    }

    /** A document of {@code events} events: registered, co-facilitators appointed, then meetings. */
    private static void negotiate(CommandGateway commands, DocumentId document, int events) {
        send(commands, new RegisterDocument(document, "Benchmark " + document, DocumentKind.OTHER,
                "General Assembly", null, null, null), SECRETARIAT);
        send(commands, new AppointCoFacilitators(document, List.of(new CoFacilitator(Delegation.of("BEL"), null)),
                null, null), SECRETARIAT);
        for (int i = 2; i < events; i++) {
            meeting(commands, document, i);
        }
    }

    /** Alternates the short documents and the long one, so both meet the same load of the machine. */
    private static Figures measure(ConfigurableApplicationContext application, List<DocumentId> shortDocuments,
                                   DocumentId longDocument) {
        CommandGateway commands = application.getBean(CommandGateway.class);
        for (int i = 0; i < 5; i++) {
            meeting(commands, shortDocuments.get(i), -i);
            meeting(commands, longDocument, -i);
        }
        long[] onShort = new long[COMMANDS];
        long[] onLong = new long[COMMANDS];
        for (int i = 0; i < COMMANDS; i++) {
            DocumentId shortDocument = shortDocuments.get(i % shortDocuments.size());
            onShort[i] = timed(() -> meeting(commands, shortDocument, 0));
            onLong[i] = timed(() -> meeting(commands, longDocument, 0));
        }
        return new Figures(onShort, onLong);
    }

    private record Figures(long[] onShort, long[] onLong) {

        static double p50(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2] / 1e6;
        }

        static double mean(long[] nanos) {
            return Arrays.stream(nanos).average().orElse(0) / 1e6;
        }
    }

    private static void print(String snapshots, Figures figures) {
        System.out.printf("  | %s | %9.2f ms / %9.2f ms | %9.2f ms / %9.2f ms | %6.2f | %6.2f |%n", snapshots,
                Figures.p50(figures.onShort()), Figures.mean(figures.onShort()), Figures.p50(figures.onLong()),
                Figures.mean(figures.onLong()), Figures.p50(figures.onLong()) / Figures.p50(figures.onShort()),
                Figures.mean(figures.onLong()) / Figures.mean(figures.onShort()));
    }

    private static long timed(Runnable command) {
        long start = System.nanoTime();
        command.run();
        return System.nanoTime() - start;
    }

    private static void meeting(CommandGateway commands, DocumentId document, int number) {
        send(commands, new RecordMeeting(document, MeetingKind.CONSULTATION, "Consultation " + number,
                LocalDate.of(2026, 1, 1), null, null), CO_FACILITATOR);
    }

    private static void send(CommandGateway commands, Object command, Actor actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
    }
}
