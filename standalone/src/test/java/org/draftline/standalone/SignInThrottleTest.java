package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords, over the API and through the sign-in page: five failures of an account (or ten from
 * one address, here) lock it out for a while that grows, answered 429 with {@code Retry-After}; the right
 * password works again once that has passed, and instances on one database count together. Lockouts here last seconds, not the default minute.
 */
class SignInThrottleTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;
    private static DraftlineServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = DraftlineServer.start(dataDir, "--draftline.sign-in.throttle.lockout=2s",
                "--draftline.sign-in.throttle.max-failures-per-address=10");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Each test starts with no failures counted (all its requests come from one address, 127.0.0.1). */
    @BeforeEach
    void noFailuresYet() {
        new JdbcTemplate(server.application().getBean(DataSource.class)).update("DELETE FROM sign_in_throttle");
    }

    @Test
    void fiftyWrongPasswordsAreRefusedAfterTheFifthAndTheRightOneWorksAfterRetryAfter() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int attempt = 1; attempt <= 50; attempt++) {
            last = api("mexico", "guess-" + attempt);
            statuses.add(last.statusCode());
            if (attempt > 5) {
                assertThat(last.headers().firstValue("Retry-After")).as("attempt %d", attempt)
                        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 2L));
                JsonNode problem = ApiClient.JSON.readTree(last.body());
                assertThat(problem.get("code").asText()).isEqualTo("TOO_MANY_FAILED_SIGN_INS");
                assertThat(problem.get("limit").asText()).isEqualTo("ACCOUNT");
                assertThat(problem.get("detail").asText()).contains("this account");
            }
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 50)).containsOnly(429);
        assertThat(api("mexico", DraftlineServer.PASSWORD).statusCode()).as("the right password, too soon")
                .isEqualTo(429);

        Thread.sleep(1000 * Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()));
        assertThat(api("mexico", DraftlineServer.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void eachFurtherLockoutLastsLonger() throws Exception {
        long first = retryAfterOnceLockedOut("belgium");
        Thread.sleep(1000 * first);
        long second = retryAfterOnceLockedOut("belgium");
        assertThat(first).isEqualTo(2);
        assertThat(second).isBetween(3L, 4L);
    }

    @Test
    void aSuccessResetsTheAccountsCount() {
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                assertThat(api("qatar", "wrong").statusCode()).isEqualTo(401);
            }
            assertThat(api("qatar", DraftlineServer.PASSWORD).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anUnknownAccountIsCountedLikeAKnownOne() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(api("nobody-here", "wrong").statusCode()).isEqualTo(401);
        }
        assertThat(api("nobody-here", "wrong").statusCode()).isEqualTo(429);
    }

    @Test
    void anotherAccountFromTheSameAddressIsRefusedByTheAddressRule() throws Exception {
        for (String account : new String[]{"mexico", "belgium"}) {
            for (int attempt = 0; attempt < 4; attempt++) {
                assertThat(api(account, "wrong").statusCode()).isEqualTo(401);
            }
        }
        assertThat(api("qatar", "wrong").statusCode()).isEqualTo(401);
        assertThat(api("qatar", "wrong").statusCode()).isEqualTo(401);

        HttpResponse<String> ecuador = api("ecuador", DraftlineServer.PASSWORD);
        assertThat(ecuador.statusCode()).isEqualTo(429);
        assertThat(ecuador.headers().firstValue("Retry-After")).isPresent();
        JsonNode problem = ApiClient.JSON.readTree(ecuador.body());
        assertThat(problem.get("limit").asText()).isEqualTo("ADDRESS");
        assertThat(problem.get("detail").asText()).contains("this address");
    }

    @Test
    void instancesOnOneDatabaseShareTheCounts(@TempDir Path secondDataDir) {
        try (DraftlineServer second = server.startBeside(secondDataDir, "--draftline.documents.cache=false",
                "--draftline.sign-in.throttle.lockout=2s", "--draftline.sign-in.throttle.max-failures-per-address=10")) {
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThat(api(server.port(), "ecuador", "wrong").statusCode()).isEqualTo(401);
            }
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThat(api(second.port(), "ecuador", "wrong").statusCode()).isEqualTo(401);
            }
            assertThat(api(server.port(), "ecuador", DraftlineServer.PASSWORD).statusCode()).isEqualTo(429);
            assertThat(api(second.port(), "ecuador", DraftlineServer.PASSWORD).statusCode()).isEqualTo(429);
        }
    }

    @Test
    void theSignInPageIsThrottledTooAndSharesTheCountWithTheApi() {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf = csrf(send(browser, HttpRequest.newBuilder(page("/login")).GET().build()).body());
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(api("eu", "wrong").statusCode()).isEqualTo(401);
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<String> wrong = signIn(browser, csrf, "eu", "wrong");
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> throttled = signIn(browser, csrf, "eu", DraftlineServer.PASSWORD);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("Too many failed sign-ins for this account").contains("<form");
        assertThat(api("eu", DraftlineServer.PASSWORD).statusCode()).isEqualTo(429);
    }

    private long retryAfterOnceLockedOut(String account) {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(api(account, "wrong").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = api(account, "wrong");
        assertThat(refused.statusCode()).isEqualTo(429);
        return Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    }

    private HttpResponse<String> api(String user, String password) {
        return api(server.port(), user, password);
    }

    private HttpResponse<String> api(int port, String user, String password) {
        return send(http, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build());
    }

    private HttpResponse<String> signIn(HttpClient browser, String csrf, String user, String password) {
        String form = "_csrf=" + encode(csrf) + "&username=" + encode(user) + "&password=" + encode(password);
        return send(browser, HttpRequest.newBuilder(page("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static URI page(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on the sign-in page").isTrue();
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
