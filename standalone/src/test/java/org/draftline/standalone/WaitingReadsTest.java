package org.draftline.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Reads that wait for a sequence which never comes ({@code ?minSequence}) take a bounded share: 400 of them
 * from one account leave the others' reads answering, the excess answered at once with 429 or 503.
 */
class WaitingReadsTest {

    private static final String DOCUMENT = "/api/documents/waiting-reads";
    private static final String NEVER = "?minSequence=1000000";
    /** Longer than anything else here takes, so the admitted waits still hold their places throughout. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static DraftlineServer server;
    private static ApiClient api;
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws IOException {
        server = DraftlineServer.start(Files.createTempDirectory("draftline-waits"),
                DraftlineServer.READ_YOUR_WRITES + WAIT.toSeconds() + "s", "--draftline.read-waits.per-client=4",
                "--draftline.read-waits.total=6");
        api = server.client();
        act(api, "secretariat", "/api/documents", body("id", "waiting-reads", "title", "Resolution on patience",
                "kind", "RESOLUTION", "body", "General Assembly"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void fourHundredWaitingReadsOfOneAccountLeaveTheOthersAnswering() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> mexico = send("mexico", DOCUMENT + NEVER, 400);

        List<HttpResponse<String>> refused = completed(mexico, 396);
        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(429);
            assertThat(answer.headers().firstValue("Retry-After")).contains(String.valueOf(WAIT.toSeconds()));
            assertThat(ApiClient.JSON.readTree(answer.body()).get("code").asText()).isEqualTo("TOO_MANY_WAITING_READS");
        });
        assertThat(mexico.stream().filter(answer -> !answer.isDone())).as("mexico's admitted waits").hasSize(4);

        // two more places in all: Ecuador takes them, and the next waiting read, anyone's, is told to come back
        List<CompletableFuture<HttpResponse<String>>> ecuador = send("ecuador", DOCUMENT + NEVER, 4);
        assertThat(completed(ecuador, 2)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(ApiClient.JSON.readTree(answer.body()).get("code").asText()).isEqualTo("WAITING_READS_FULL");
        });
        HttpResponse<String> page = PageClient.signedIn(api.base(), "eu").get("/documents/waiting-reads" + NEVER);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();

        // plain reads, and waits for what is already there, answer while every place is taken
        for (String path : List.of(DOCUMENT, "/api/documents", DOCUMENT + "/history", DOCUMENT + "?minSequence=0")) {
            HttpResponse<String> read = send("observer", path, 1).get(0).get(WAIT.toSeconds() / 2, TimeUnit.SECONDS);
            assertThat(read.statusCode()).as(path).isEqualTo(200);
        }
        assertThat(PageClient.signedIn(api.base(), "qatar").get("/documents/waiting-reads").statusCode())
                .isEqualTo(200);
        assertThat(mexico.stream().filter(answer -> !answer.isDone())).as("still waiting").hasSize(4);

        // waits that end (timed out, answered as the record stands) give their places back
        for (CompletableFuture<HttpResponse<String>> admitted : mexico) {
            assertThat(admitted.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS).statusCode()).isIn(200, 429);
        }
        List<CompletableFuture<HttpResponse<String>>> later = send("mexico", DOCUMENT + NEVER, 5);
        assertThat(completed(later, 1)).extracting(HttpResponse::statusCode).containsExactly(429);
    }

    /** The first {@code count} answers to arrive (each within half a wait: they must not have waited). */
    private static List<HttpResponse<String>> completed(List<CompletableFuture<HttpResponse<String>>> answers,
                                                        int count) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos() / 2;
        while (answers.stream().filter(CompletableFuture::isDone).count() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<HttpResponse<String>> done = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            if (answer.isDone()) {
                done.add(answer.get());
            }
        }
        assertThat(done).as("answers given at once").hasSize(count);
        return done;
    }

    private static List<CompletableFuture<HttpResponse<String>>> send(String user, String path, int times) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + DraftlineServer.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int index = 0; index < times; index++) {
            answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(api.base() + path))
                    .header("Authorization", "Basic " + credentials).header("Accept", "application/json")
                    .timeout(WAIT.multipliedBy(2)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        return answers;
    }
}
