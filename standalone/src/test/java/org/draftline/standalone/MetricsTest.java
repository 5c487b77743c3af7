package org.draftline.standalone;

import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * The secretariat reads Prometheus' text at {@code /actuator/prometheus}: command latency from Axon's
 * command bus monitor, events appended from Axon's event store monitor, and per read model its lag behind
 * the store and its parked events. Nobody else reads it.
 */
class MetricsTest {

    private static final String READ_MODEL = "history";
    private static final String POISONED = "metrics-poisoned";

    @TempDir
    Path dataDir;

    @Test
    void theSecretariatReadsCommandLatencyLagParkedEventsAndEventsAppended() {
        try (DraftlineServer server = DraftlineServer.start(dataDir)) {
            ApiClient api = server.client();
            int acts = 0;
            long lastSequence = 0;
            for (String id : List.of(POISONED, "metrics-healthy")) {
                ApiClient.Answer registered = api.post("secretariat", "/api/documents", body("id", id, "title",
                        "Political declaration " + id, "kind", "DECLARATION", "body", "General Assembly"));
                assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
                ApiClient.Answer published = api.post("secretariat", "/api/documents/" + id + "/supporting-documents",
                        body("kind", "OTHER", "title", "Concept note"));
                assertThat(published.status()).as(published.toString()).isEqualTo(200);
                acts += 2;
                if (id.equals(POISONED)) {
                    lastSequence = published.sequence();
                }
            }
            String before = prometheus(api);
            assertThat(values(before, "draftline_dead_letters_events", "")).containsOnly(0.0).hasSize(7);
            assertThat(values(before, "draftline_processor_lag_events", "")).hasSize(7);

            DeadLettersTest.publishStraightIntoTheStore(server, POISONED, lastSequence + 1, "Letter\u0000 of note");
            int appended = acts + 1;
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                String now = prometheus(api);
                assertThat(values(now, "draftline_dead_letters_events", "processor=\"" + READ_MODEL + "\""))
                        .containsExactly(1.0);
                assertThat(values(now, "draftline_processor_lag_events", "processor=\"" + READ_MODEL + "\""))
                        .as("the parked event is passed, not waited for").containsExactly(0.0);
            });

            String text = prometheus(api);
            assertThat(sum(text, "commandBus_allTimer_seconds_count", "payloadType=\"RegisterDocument\""))
                    .isEqualTo(2);
            assertThat(sum(text, "commandBus_allTimer_seconds_count", "")).isGreaterThanOrEqualTo(acts);
            assertThat(sum(text, "commandBus_allTimer_seconds_sum", "")).isPositive();
            assertThat(sum(text, "commandBus_successCounter_total", "")).isGreaterThanOrEqualTo(acts);
            assertThat(sum(text, "eventStore_ingestedCounter_total", "")).isGreaterThanOrEqualTo(appended);
            String processor = server.application().getBean(EventProcessingConfiguration.class)
                    .eventProcessorByProcessingGroup(READ_MODEL).orElseThrow().getName();
            assertThat(values(text, "eventProcessor_latency", "processorName=\"" + processor + "\"")).hasSize(1);
            assertThat(values(text, "draftline_processor_lag_events", "")).allSatisfy(lag ->
                    assertThat(lag).isGreaterThanOrEqualTo(0));
        }
    }

    private static String prometheus(ApiClient api) {
        ApiClient.Answer answer = api.getAnything("secretariat", "/actuator/prometheus");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/plain");
        return answer.raw().body();
    }

    @Test
    void onlyTheSecretariatReadsTheMetrics() {
        try (DraftlineServer server = DraftlineServer.start(dataDir)) {
            ApiClient api = server.client();
            ApiClient.Answer anonymous = api.getAnything(null, "/actuator/prometheus");
            assertThat(anonymous.status()).isEqualTo(401);
            for (String user : List.of("observer", "belgium")) {
                ApiClient.Answer refused = api.getAnything(user, "/actuator/prometheus");
                assertThat(refused.status()).as(user + " " + refused).isEqualTo(403);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            }
            assertThat(api.getAnything(null, "/actuator/metrics").status()).isEqualTo(401);
            assertThat(api.get(null, "/actuator/health").status()).as("health stays open").isEqualTo(200);
        }
    }

    /** The values of every sample of {@code metric} whose labels contain {@code label}. */
    private static List<Double> values(String text, String metric, String label) {
        List<Double> values = new ArrayList<>();
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*})? (\\S+)$").matcher(text);
        while (sample.find()) {
            String labels = sample.group(1) == null ? "" : sample.group(1);
            if (labels.contains(label)) {
                values.add(Double.parseDouble(sample.group(2)));
            }
        }
        return values;
    }

    private static double sum(String text, String metric, String label) {
        return values(text, metric, label).stream().mapToDouble(Double::doubleValue).sum();
    }
}
