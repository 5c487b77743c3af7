package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * The outbox is kept in PostgreSQL: messages a receiver refused while Draftline stopped are delivered after
 * it starts again, each event once, in the document's order.
 */
class NotificationsAcrossRestartTest {

    private static final String[] SETTINGS = {"--draftline.notifications.allow-private-addresses=true",
            "--draftline.notifications.retry-initial=200ms", "--draftline.notifications.retry-max=1s",
            "--db-scheduler.polling-interval=250ms"};

    @TempDir
    static Path dataDir;

    private static HttpServer receiver;
    private static final AtomicBoolean down = new AtomicBoolean(true);
    /** Each request: its event id, its sequence and what the receiver answered. */
    private static final List<String[]> requests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            JsonNode body = ApiClient.JSON.readTree(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            int status = down.get() ? 503 : 200;
            requests.add(new String[]{exchange.getRequestHeaders().getFirst("Draftline-Event-Id"),
                    body.path("sequence").asText(), String.valueOf(status)});
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void messagesRefusedBeforeAStopAreDeliveredAfterTheStartOnceEachInOrder() {
        try (DraftlineServer server = DraftlineServer.start(dataDir, SETTINGS)) {
            ApiClient api = server.client();
            ApiClient.Answer registered = api.post("belgium", "/api/webhooks", body("url",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "documents", List.of("restart-1")));
            assertThat(registered.status()).as("%s", registered).isEqualTo(201);
            act(api, "secretariat", "/api/documents", body("id", "restart-1", "title", "Across a restart",
                    "kind", "DECISION", "body", "General Assembly"));
            act(api, "secretariat", "/api/documents/restart-1/co-facilitators",
                    body("coFacilitators", List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
            act(api, "belgium", "/api/documents/restart-1/zero-draft", body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT));
            await("refused attempts").atMost(Duration.ofSeconds(30)).until(() -> requests.size() >= 3);

            server.stop();
            down.set(false);
            server.start(SETTINGS);

            await("every event delivered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> delivered().size() == 3);
            List<String[]> delivered = delivered();
            assertThat(delivered.stream().map(request -> request[1]).toList()).containsExactly("0", "1", "2");
            Map<String, Long> timesDelivered = delivered.stream()
                    .collect(Collectors.groupingBy(request -> request[0], Collectors.counting()));
            assertThat(timesDelivered).hasSize(3).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
            assertThat(requests.stream().filter(request -> request[2].equals("503")).map(request -> request[0]))
                    .as("only the first event was tried before the stop: the others waited behind it")
                    .containsOnly(delivered.get(0)[0]);
            JsonNode deliveries = server.client().get("belgium", "/api/webhooks").body().path("webhooks").get(0)
                    .path("deliveries");
            assertThat(deliveries.findValuesAsText("status")).containsOnly("DELIVERED");
        }
    }

    private static List<String[]> delivered() {
        return requests.stream().filter(request -> request[2].equals("200")).toList();
    }
}
