package org.draftline.standalone;

import org.draftline.standalone.benchmark.RawPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Command answers as a client sees them, measured and printed, never asserted: {@code POST .../inputs}
 * through HTTP, each answer waiting for the read models (read-your-writes), by one client and by eight
 * clients on eight documents, beside the raw single-row insert-and-commit rate of the same PostgreSQL in the
 * same run. Run with {@code ./mvnw -pl standalone -am -Pbenchmark verify}.
 */
@Tag("benchmark")
class AnswerLatencyBenchmarkTest {

    private static final int WARM_UP = 20;
    private static final int ONE_CLIENT = 200;
    private static final int PER_CLIENT = 100;
    private static final int CLIENTS = 8;

    @TempDir
    Path dataDir;

    @Test
    void inputsWithReadYourWrites() throws Exception {
        try (DraftlineServer server = DraftlineServer.start(dataDir, "--logging.level.root=warn")) {
            ApiClient api = server.client();
            List<String> documents = new ArrayList<>();
            for (int index = 0; index < CLIENTS; index++) {
                documents.add(document(api, "latency-" + index));
            }
            inputs(api, documents.get(0), WARM_UP);

            long start = System.nanoTime();
            long[] one = inputs(api, documents.get(0), ONE_CLIENT);
            double oneRate = ONE_CLIENT / seconds(start);

            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<long[]>> done = new ArrayList<>();
            start = System.nanoTime();
            for (String document : documents) {
                done.add(clients.submit(() -> inputs(server.client(), document, PER_CLIENT)));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> future : done) {
                Arrays.stream(future.get()).forEach(all::add);
            }
            double eightRate = CLIENTS * PER_CLIENT / seconds(start);
            clients.shutdown();
            long[] eight = all.stream().mapToLong(Long::longValue).toArray();
            double raw = RawPostgres.insertsPerSecond(new JdbcTemplate(server.application().getBean(DataSource.class)));

            System.out.printf("%nPOST .../inputs through HTTP, answered after the read models (%d cores)%n",
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("  raw PostgreSQL single-row insert+commit: %6.0f /s%n", raw);
            System.out.printf("  one client:    p50 %6.1f ms  p99 %6.1f ms  %6.0f answers/s  (%.3f of raw)%n",
                    percentile(one, 50), percentile(one, 99), oneRate, oneRate / raw);
            System.out.printf("  eight clients: p50 %6.1f ms  p99 %6.1f ms  %6.0f answers/s  (%.3f of raw)%n%n",
                    percentile(eight, 50), percentile(eight, 99), eightRate, eightRate / raw);
        }
    }

    private static String document(ApiClient api, String id) {
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

    private static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(index, 0)] / 1e6;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
