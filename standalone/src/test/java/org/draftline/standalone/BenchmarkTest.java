package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.draftline.standalone.benchmark.CpuTime;
import org.draftline.standalone.benchmark.RawPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * One run, one table: Draftline measured through HTTP beside the raw limits of the same PostgreSQL in the
 * same run. Printed and written to {@code target/benchmark.md}, never asserted. Run with
 * {@code ./mvnw -pl standalone -am -Pbenchmark verify} (size of the record: {@code -Dbenchmark.events},
 * default 1,000,000); with {@code SPRING_DATASOURCE_URL} set the server runs on that (empty) PostgreSQL.
 * <p>
 * The record is made of ten negotiations driven through the API (the two of the seed page and the eight
 * of the command-answer runs, about 100 events each) copied in SQL under new ids ({@link NegotiationCopies}).
 * <p>
 * {@code -Dbenchmark.only=answers,rebuild,reads} (a comma list, default all) measures only those parts:
 * without {@code answers} the same inputs are still sent, unmeasured, so the record is the same; without
 * {@code rebuild} the read models only catch up with the copies; without {@code rebuild} and {@code reads}
 * no record is made.
 */
@Tag("benchmark")
class BenchmarkTest {

    private static final long EVENTS = Long.getLong("benchmark.events", 1_000_000);
    private static final Set<String> ONLY = Set.of(System.getProperty("benchmark.only", "answers,rebuild,reads")
            .strip().split("\\s*,\\s*"));
    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(Long.getLong("benchmark.rebuild-minutes", 120));
    /**
     * Answers and reads before each measurement: a server that has run a while has had its hot paths
     * compiled, and until some thousands of requests the JIT's compiler threads take most of the CPU.
     */
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 2000);
    private static final int ONE_CLIENT = 200;
    private static final int PER_CLIENT = 100;
    private static final int CLIENTS = 8;
    /** Measured reads of each kind: a p99 of 1,000 is the tenth slowest, not one pause caught twice. */
    private static final int READS = 1000;
    private static final int HISTORY_PAGE = 50;
    /** The SQL {@code HistoryTable.find} runs for a document's first page, without filters. */
    private static final String HISTORY_COUNT = "SELECT count(*) FROM history_entry WHERE document_id = ?";
    private static final String HISTORY_PAGE_SELECT = "SELECT *, count(*) OVER () AS matching FROM history_entry"
            + " WHERE document_id = ? ORDER BY sequence LIMIT ? OFFSET ?";

    @TempDir
    Path dataDir;

    @Test
    void measuresDraftlineBesideRawPostgres() throws Exception {
        double loadAtStart = loadAverage();
        Instant started = Instant.now();
        // the hourly sweep of every record would find each copy unchained and log it, in the middle of a run
        try (DraftlineServer server = DraftlineServer.start(dataDir, "--logging.level.root=warn",
                "--draftline.integrity.sweep-interval=P1D")) {
            ApiClient api = server.client();
            DataSource dataSource = server.application().getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            List<String> table = new ArrayList<>();

            CpuTime cpu = CpuTime.of(jdbc);
            progress("raw insert+commit");
            Cpu rawCpu = Cpu.start(cpu);
            double rawInserts = RawPostgres.insertsPerSecond(jdbc);
            String rawCpuPerInsert = rawCpu.perOperation(RawPostgres.INSERTS);

            progress("command answers");
            SeedNegotiations.modalitiesResolution(api);
            SeedNegotiations.politicalDeclaration(api);
            List<String> latencyDocuments = new ArrayList<>();
            for (int index = 0; index < CLIENTS; index++) {
                latencyDocuments.add(latencyDocument(api, "latency-" + index));
            }
            if (ONLY.contains("answers")) {
                // a document of its own, not one of the record's templates, however many answers warm up
                String warmUp = latencyDocument(api, "warm-up");
                answers(table, api, server, cpu, warmUp, latencyDocuments, rawInserts, rawCpuPerInsert);
            } else {
                inputs(api, latencyDocuments.get(0), ONE_CLIENT);
                for (String document : latencyDocuments) {
                    inputs(api, document, PER_CLIENT);
                }
            }
            if (!ONLY.contains("rebuild") && !ONLY.contains("reads")) {
                String report = report(table, null, null, jdbc, server, loadAtStart, started);
                System.out.println(report);
                write(report);
                return;
            }

            progress("generating " + String.format(Locale.ROOT, "%,d", EVENTS) + " events");
            List<String> templates = new ArrayList<>(List.of(SeedNegotiations.MODALITIES, SeedNegotiations.DECLARATION));
            templates.addAll(latencyDocuments);
            NegotiationCopies copies = NegotiationCopies.of(jdbc, templates);
            NegotiationCopies.Filled filled = copies.fill(EVENTS);

            long documents = copies.templates().size() + filled.documents();
            // as in a deployment: every processor at the head (the notifications' too, which a rebuild of the
            // read models leaves alone and which would otherwise read the copies beside it) when it starts
            progress("every processor catching up with the copies");
            awaitCaughtUp(server.application(), jdbc);
            if (ONLY.contains("rebuild")) {
                progress("rebuild");
                Rebuilt rebuilt = rebuild(api, server.application(), jdbc, filled.eventsInStore());
                progress("ordered read");
                double orderedRead = RawPostgres.orderedEventReadRowsPerSecond(dataSource);
                table.add(row("rebuild of every read model from %,d events (%,d documents)".formatted(
                                filled.eventsInStore(), documents), rebuilt.figure(),
                        "ordered read of the event table to a client: %,.0f rows/s".formatted(orderedRead),
                        Double.isNaN(rebuilt.eventsPerSecond()) ? ""
                                : "%.3f".formatted(rebuilt.eventsPerSecond() / orderedRead)));
            }
            if (!ONLY.contains("reads")) {
                String report = report(table, copies, filled, jdbc, server, loadAtStart, started);
                System.out.println(report);
                write(report);
                return;
            }

            progress("reads");
            String longDocument = filled.rounds() == 0 ? latencyDocuments.get(1)
                    : NegotiationCopies.copyId(latencyDocuments.get(1), filled.rounds());
            history(table, api, cpu, dataSource, jdbc, longDocument, filled.eventsInStore());
            list(table, api, documents);

            String report = report(table, copies, filled, jdbc, server, loadAtStart, started);
            System.out.println(report);
            write(report);
        }
    }

    private static void write(String report) throws java.io.IOException {
        Path file = Path.of(System.getProperty("basedir", "."), "target", "benchmark.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    /** CPU time from a start: this JVM's (server and client) and PostgreSQL's, per operation. */
    private record Cpu(CpuTime cpu, double process, double postgres) {

        static Cpu start(CpuTime cpu) {
            return new Cpu(cpu, CpuTime.processMillis(), cpu.postgresMillis());
        }

        String perOperation(int operations) {
            return "CPU per operation: JVM %.2f ms, PostgreSQL %.2f ms".formatted(
                    (CpuTime.processMillis() - process) / operations, (cpu.postgresMillis() - postgres) / operations);
        }
    }

    /** The rebuild's figure for the table, and its rate (NaN when it did not run to the end). */
    private record Rebuilt(String figure, double eventsPerSecond) {

        static Rebuilt not(String why) {
            return new Rebuilt(why, Double.NaN);
        }
    }

    private static void answers(List<String> table, ApiClient api, DraftlineServer server, CpuTime cpu, String warmUp,
                                List<String> documents, double rawInserts, String rawCpuPerInsert) throws Exception {
        progress("warm-up: %,d answers".formatted(WARM_UP));
        inputs(api, warmUp, WARM_UP);
        progress("one client");
        Cpu oneCpu = Cpu.start(cpu);
        long start = System.nanoTime();
        long[] one = inputs(api, documents.get(0), ONE_CLIENT);
        double oneRate = ONE_CLIENT / seconds(start);
        String oneCpuPerAnswer = oneCpu.perOperation(ONE_CLIENT);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> done = new ArrayList<>();
        progress("eight clients");
        Cpu eightCpu = Cpu.start(cpu);
        start = System.nanoTime();
        for (String document : documents) {
            done.add(clients.submit(() -> inputs(server.client(), document, PER_CLIENT)));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> future : done) {
            Arrays.stream(future.get()).forEach(all::add);
        }
        double eightRate = CLIENTS * PER_CLIENT / seconds(start);
        String eightCpuPerAnswer = eightCpu.perOperation(CLIENTS * PER_CLIENT);
        clients.shutdown();
        long[] eight = all.stream().mapToLong(Long::longValue).toArray();

        table.add(row("`POST .../inputs`, one client, each answer after the read models (read-your-writes)",
                "p50 %.1f ms, p99 %.1f ms, %,.0f answers/s; %s".formatted(percentile(one, 50),
                        percentile(one, 99), oneRate, oneCpuPerAnswer),
                "single-row insert+commit: %,.0f/s; %s".formatted(rawInserts, rawCpuPerInsert),
                "%.3f".formatted(oneRate / rawInserts)));
        table.add(row("the same, eight clients on eight documents",
                "p50 %.1f ms, p99 %.1f ms, %,.0f answers/s; %s".formatted(percentile(eight, 50),
                        percentile(eight, 99), eightRate, eightCpuPerAnswer),
                "", "%.3f".formatted(eightRate / rawInserts)));
    }

    /**
     * Rebuilds every read model through the admin API and follows it until caught up; answers the figure for
     * the table. Without the endpoint, waits for the read models to catch up with the copies (not measured).
     */
    private static Rebuilt rebuild(ApiClient api, ConfigurableApplicationContext application, JdbcTemplate jdbc,
                           long events) throws InterruptedException {
        long start = System.nanoTime();
        ApiClient.Answer started = api.post("secretariat", "/api/admin/projections/rebuild", "{}");
        if (started.status() == 404) {
            awaitCaughtUp(application, jdbc);
            return Rebuilt.not("rebuild: endpoint not available");
        }
        if (started.status() != 202) {
            awaitCaughtUp(application, jdbc);
            return Rebuilt.not("rebuild refused: " + started.status() + " " + started.code());
        }
        long deadline = start + REBUILD_TIMEOUT.toNanos();
        long nextReport = System.nanoTime();
        while (System.nanoTime() < deadline) {
            ApiClient.Answer state = api.get("secretariat", "/api/admin/projections");
            if (state.status() != 200) {
                return Rebuilt.not("rebuild: GET /api/admin/projections answered " + state.status());
            }
            JsonNode body = state.body();
            if (!body.path("rebuilding").asBoolean(true) && !body.path("catchingUp").asBoolean(true)) {
                double seconds = seconds(start);
                return new Rebuilt("%,.0f s, %,.0f events/s".formatted(seconds, events / seconds), events / seconds);
            }
            if (System.nanoTime() >= nextReport) {
                progress(slowest(body.path("readModels")));
                nextReport = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            }
            Thread.sleep(200);
        }
        return Rebuilt.not("rebuild: not caught up after " + REBUILD_TIMEOUT.toMinutes() + " min");
    }

    private static String slowest(JsonNode readModels) {
        JsonNode slowest = null;
        for (JsonNode model : readModels) {
            if (slowest == null || model.path("percent").asDouble() < slowest.path("percent").asDouble()) {
                slowest = model;
            }
        }
        return slowest == null ? "rebuild: no read model yet" : "rebuild: slowest %s at %s%%, %s events/s".formatted(
                slowest.path("name").asText(), slowest.path("percent").asText(), slowest.path("eventsPerSecond").asText());
    }

    /** Every streaming processor of this instance at the head of the store, not replaying. */
    private static void awaitCaughtUp(ConfigurableApplicationContext application, JdbcTemplate jdbc)
            throws InterruptedException {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        List<StreamingEventProcessor> processors = application.getBean(EventProcessingConfiguration.class)
                .eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).toList();
        long deadline = System.nanoTime() + REBUILD_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && !processors.stream().allMatch(processor -> atHead(processor, head))) {
            Thread.sleep(500);
        }
    }

    private static boolean atHead(StreamingEventProcessor processor, long head) {
        var status = processor.processingStatus().values();
        return !status.isEmpty() && status.stream().allMatch(segment -> !segment.isReplaying()
                && segment.getCurrentPosition().orElse(-1) >= head);
    }

    /** {@code GET .../history} against the same SQL on a connection of its own, taken in turns. */
    private static void history(List<String> table, ApiClient api, CpuTime cpu, DataSource dataSource,
                                JdbcTemplate jdbc, String document, long events) throws SQLException {
        Long entries = jdbc.queryForObject(HISTORY_COUNT, Long.class, document);
        long[] http = new long[READS];
        long[] raw = new long[READS];
        double httpCpu = 0;
        double rawCpu = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement page = connection.prepareStatement(HISTORY_PAGE_SELECT)) {
            for (int index = -WARM_UP; index < READS; index++) {
                double cpuBefore = CpuTime.processMillis();
                long start = System.nanoTime();
                ApiClient.Answer answer = api.get("secretariat", "/api/documents/" + document + "/history");
                long httpTime = System.nanoTime() - start;
                double cpuBetween = CpuTime.processMillis();
                if (answer.status() != 200 || answer.body().path("entries").size() != Math.min(HISTORY_PAGE, entries)) {
                    throw new IllegalStateException("history of " + document + ": " + answer);
                }
                start = System.nanoTime();
                historySql(page, document);
                long rawTime = System.nanoTime() - start;
                if (index >= 0) {
                    http[index] = httpTime;
                    raw[index] = rawTime;
                    httpCpu += cpuBetween - cpuBefore;
                    rawCpu += CpuTime.processMillis() - cpuBetween;
                }
            }
        }
        table.add(row("`GET .../history` (first page, %d entries), a document of %d events, at %,d events"
                        .formatted(HISTORY_PAGE, entries, events),
                "p50 %.2f ms, p99 %.2f ms; JVM CPU per read %.2f ms".formatted(percentile(http, 50),
                        percentile(http, 99), httpCpu / READS),
                "the same SQL (the page, counted in it): p50 %.2f ms, p99 %.2f ms; JVM CPU per read %.2f ms"
                        .formatted(percentile(raw, 50), percentile(raw, 99), rawCpu / READS),
                "p99 %.1fx".formatted(percentile(http, 99) / percentile(raw, 99))));
    }

    private static void historySql(PreparedStatement page, String document) throws SQLException {
        page.setString(1, document);
        page.setInt(2, HISTORY_PAGE);
        page.setInt(3, 0);
        try (ResultSet rows = page.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getString(column);
                }
            }
        }
    }

    private static void list(List<String> table, ApiClient api, long documents) {
        long[] times = new long[READS];
        int rows = 0;
        for (int index = -WARM_UP; index < READS; index++) {
            long start = System.nanoTime();
            ApiClient.Answer answer = api.get("secretariat", "/api/documents");
            long time = System.nanoTime() - start;
            if (answer.status() != 200) {
                throw new IllegalStateException("GET /api/documents: " + answer);
            }
            rows = answer.body().size();
            if (index >= 0) {
                times[index] = time;
            }
        }
        table.add(row("`GET /api/documents` (first page, default size: %d rows) at %,d documents"
                        .formatted(rows, documents),
                "p50 %.2f ms, p99 %.2f ms".formatted(percentile(times, 50), percentile(times, 99)), "", ""));
    }

    private static String latencyDocument(ApiClient api, String id) {
        String path = "/api/documents/" + id;
        act(api, "secretariat", "/api/documents", body("id", id, "title", "Latency " + id, "kind", "RESOLUTION",
                "body", "General Assembly"));
        act(api, "secretariat", path + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL", "representative", "Belgium"))));
        act(api, "belgium", path + "/zero-draft", body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT,
                "inputDeadline", ZonedDateTime.now(ZoneOffset.UTC).plusDays(30).toString()));
        return id;
    }

    /** Each answer's time in nanoseconds. */
    private static long[] inputs(ApiClient api, String document, int count) {
        long[] times = new long[count];
        for (int index = 0; index < count; index++) {
            long start = System.nanoTime();
            act(api, "mexico", "/api/documents/" + document + "/inputs", body("onDraft", "zero",
                    "comments", "Input " + index));
            times[index] = System.nanoTime() - start;
        }
        return times;
    }

    private static String report(List<String> table, NegotiationCopies copies, NegotiationCopies.Filled filled,
                                 JdbcTemplate jdbc, DraftlineServer server, double loadAtStart, Instant started) {
        boolean external = server.application().getEnvironment().getProperty("spring.datasource.url") != null;
        StringBuilder report = new StringBuilder();
        report.append("\n## Draftline benchmark, ").append(started.truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
        report.append("| what | Draftline, through HTTP | raw PostgreSQL, same run | ratio |\n");
        report.append("| --- | --- | --- | --- |\n");
        table.forEach(line -> report.append(line).append('\n'));
        report.append('\n');
        report.append("Machine: %d cores, %s %s, Java %s, PostgreSQL %s (%s); load average %.1f at the start, %.1f at the end.%n"
                .formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                        System.getProperty("os.arch"), System.getProperty("java.version"),
                        jdbc.queryForObject("SHOW server_version", String.class), external ? "external" : "embedded",
                        loadAtStart, loadAverage()));
        var settings = server.application().getEnvironment();
        report.append("Read models: batch size %s, segments %s, one processor %s.%n".formatted(
                settings.getProperty("draftline.projections.batch-size", "(default)"),
                settings.getProperty("draftline.projections.segments", "(default)"),
                settings.getProperty("draftline.projections.one-processor", "(default)")));
        if (copies == null) {
            report.append("No record was made (benchmark.only=%s).%n".formatted(String.join(",", ONLY)));
            return report.toString();
        }
        report.append(("Record: %d negotiations driven through the API (%,d events), copied %,d times each in SQL "
                + "under new document and event ids: %,d events added in %.0f s. Copies carry no hash chain (their "
                + "`GET .../integrity` answers `INSERTED`); the hourly integrity sweep was set to a day for the run.%n")
                .formatted(copies.templates().size(), copies.eventsPerRound(), filled.rounds(), filled.eventsCopied(),
                        filled.seconds()));
        return report.toString();
    }

    private static String row(String what, String draftline, String raw, String ratio) {
        return "| " + what + " | " + draftline + " | " + raw + " | " + ratio + " |";
    }

    private static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(index, 0)] / 1e6;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void progress(String step) {
        System.out.printf(Locale.ROOT, "benchmark %s: %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), step);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
