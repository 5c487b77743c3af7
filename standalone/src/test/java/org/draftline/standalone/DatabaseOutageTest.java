package org.draftline.standalone;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.record;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * PostgreSQL stopped under a running Draftline: the API answers 503 with {@code Retry-After} as problem
 * details and the pages say so with the same status, each within the connection timeout; when PostgreSQL is
 * back, the same requests succeed. Draftline runs on a PostgreSQL of the test's own (as an external
 * database), so the test can stop and start it on the same port.
 */
class DatabaseOutageTest {

    private static final String DOCUMENT = "/api/documents/outage-resolution";

    private static Path postgresDirectory;
    private static int postgresPort;
    private static EmbeddedPostgres postgres;
    private static DraftlineServer server;
    private static ApiClient api;

    @BeforeAll
    static void startDraftlineOnAPostgreSqlOfItsOwn() throws IOException {
        postgresDirectory = Files.createTempDirectory("draftline-outage-postgres");
        try (ServerSocket socket = new ServerSocket(0)) {
            postgresPort = socket.getLocalPort();
        }
        postgres = startPostgres();
        server = DraftlineServer.start(Files.createTempDirectory("draftline-outage"),
                "--spring.datasource.url=jdbc:postgresql://localhost:" + postgresPort + "/postgres",
                "--spring.datasource.username=postgres");
        api = server.client();
        act(api, "secretariat", "/api/documents", body("id", "outage-resolution", "title", "Resolution on outages",
                "kind", "RESOLUTION", "body", "General Assembly", "occurredAt", "2017-01-02"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-01-03"));
    }

    private static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(postgresDirectory).setCleanDataDirectory(false)
                .setPort(postgresPort).setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    @AfterAll
    static void stopBoth() throws IOException {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void assertUnavailable(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(answer.body().get("status").asInt()).isEqualTo(503);
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
    }

    @Test
    void anOutageIsServiceUnavailableWithRetryAfterAndPassesWhenPostgreSqlIsBack() throws Exception {
        PageClient pages = PageClient.signedIn(api.base(), "belgium");
        assertThat(pages.get("/documents/outage-resolution").statusCode()).isEqualTo(200);

        postgres.close();
        postgres = null;
        long started = System.nanoTime();
        assertUnavailable(api.post("belgium", DOCUMENT + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ...")));
        assertUnavailable(api.post("mexico", DOCUMENT + "/inputs", body("onDraft", "zero", "comments", "x"),
                java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString())));
        assertUnavailable(api.get("observer", DOCUMENT));
        assertUnavailable(api.get("observer", DOCUMENT + "/history"));
        HttpResponse<String> page = pages.get("/documents/outage-resolution");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("unavailable");
        // failed sign-ins are counted in PostgreSQL: without it no sign-in is checked, on the form either
        HttpResponse<String> signIn = PageClient.trySignIn(api.base(), "mexico", DraftlineServer.PASSWORD);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(503);
        assertThat(signIn.headers().firstValue("Retry-After")).isPresent();
        assertThat(signIn.body()).contains("database cannot be reached");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));

        postgres = startPostgres();
        long sequence = record(api, "belgium", DOCUMENT + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ...",
                "occurredAt", "2017-01-10"));
        assertThat(sequence).isPositive();
        assertThat(api.get("observer", DOCUMENT + "/history").status()).isEqualTo(200);
        assertThat(pages.get("/documents/outage-resolution").statusCode()).isEqualTo(200);
    }
}
