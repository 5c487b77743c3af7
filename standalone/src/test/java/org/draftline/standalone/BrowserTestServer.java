package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test server and API client, opened to the browser tests' package: the real Draftline on a free port,
 * with the test accounts, and the public API to prepare a negotiation before the browser takes over.
 */
public final class BrowserTestServer implements AutoCloseable {

    private final DraftlineServer server;

    private BrowserTestServer(DraftlineServer server) {
        this.server = server;
    }

    public static BrowserTestServer start(Path dataDir, String... extraArguments) {
        return new BrowserTestServer(DraftlineServer.start(dataDir, extraArguments));
    }

    public String base() {
        return "http://localhost:" + server.port();
    }

    public static String password() {
        return DraftlineServer.PASSWORD;
    }

    /** Posts a command as {@code user} and answers the document's sequence; anything but success fails the test. */
    public long act(String user, String path, Map<String, Object> body) {
        return SeedNegotiations.act(server.client(), user, path, body);
    }

    /** Reads {@code path} of the API as {@code user}; anything but 200 fails the test. */
    public JsonNode json(String user, String path) {
        ApiClient.Answer answer = server.client().get(user, path);
        assertThat(answer.status()).as("%s %s -> %s", user, path, answer).isEqualTo(200);
        return answer.body();
    }

    public int status(String user, String path) {
        return server.client().get(user, path).status();
    }

    @Override
    public void close() {
        server.close();
    }
}
