package org.draftline.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * What every answer tells the browser, pages, API and reports alike: load nothing inline and nothing from
 * elsewhere, never be framed, send no referrer elsewhere, use no camera, microphone or location; and the
 * session cookie stays on this site and, over HTTPS (here behind a proxy that says so), is Secure.
 */
class ProtectiveHeadersTest {

    private static final String ID = "protective-headers";
    private static final String DOCUMENT = "/api/documents/" + ID;
    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\ssrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=|javascript:|hx-on|hx-vals|hx-vars",
            Pattern.CASE_INSENSITIVE);

    private static DraftlineServer server;
    private static ApiClient api;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = DraftlineServer.start(Files.createTempDirectory("draftline-headers"),
                "--server.forward-headers-strategy=native");
        api = server.client();
        act(api, "secretariat", "/api/documents", body("id", ID, "title",
                "Resolution on <script>alert(1)</script> & styles", "kind", "RESOLUTION", "body", "General Assembly"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api, "belgium", DOCUMENT + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ...;"));
        act(api, "qatar", DOCUMENT + "/revised-drafts", body("text", "PP1 Recalling ...\nOP1 Decides firmly ...;",
                "inputDeadline", java.time.Instant.now().plus(java.time.Duration.ofDays(30)).toString()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void pagesCarryThePolicyAndNothingInlineThatItWouldBlock() {
        PageClient mexico = PageClient.signedIn(api.base(), "mexico");
        PageClient secretariat = PageClient.signedIn(api.base(), "secretariat");
        for (String path : List.of("/", "/documents/" + ID, "/documents/" + ID + "/history", "/delegations/MEX",
                "/documents/" + ID + "/compare?from=zero&to=rev1", "/documents/unknown-document")) {
            HttpResponse<String> page = mexico.get(path);
            assertProtected(page.headers(), path);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).contains(POLICY);
            assertNothingInline(page.body(), path);
        }
        assertThat(mexico.page("/documents/" + ID)).as("the input form, proposals and all").contains("input-proposals");
        HttpResponse<String> dashboard = secretariat.get("/");
        assertNothingInline(dashboard.body(), "the secretariat's dashboard");
        assertThat(dashboard.body()).contains("htmx-config", "\"includeIndicatorStyles\": false");

        HttpResponse<String> signIn = get("/login", null);
        assertProtected(signIn.headers(), "/login");
        assertNothingInline(signIn.body(), "/login");
    }

    @Test
    void apiAnswersCarryThePolicyTooRefusalsIncluded() {
        for (String user : new String[]{"observer", null}) {
            HttpResponse<String> answer = get(DOCUMENT, user);
            assertThat(answer.statusCode()).isEqualTo(user == null ? 401 : 200);
            assertProtected(answer.headers(), DOCUMENT + " as " + user);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).contains(POLICY);
        }
        assertProtected(get("/actuator/health", null).headers(), "/actuator/health");
        assertProtected(get("/v3/api-docs", null).headers(), "/v3/api-docs");

        // Swagger UI styles itself inline from its script: its page alone allows inline styles, never scripts
        HttpResponse<String> apiDescription = get("/swagger-ui/index.html", null);
        assertThat(apiDescription.statusCode()).isEqualTo(200);
        assertThat(apiDescription.headers().firstValue("Content-Security-Policy")).contains(POLICY
                .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
    }

    @Test
    void generatedHtmlAllowsExactlyItsOwnStyleElementAndNoScript() throws Exception {
        for (String path : List.of(DOCUMENT + "/reports/timeline?format=html", DOCUMENT + "/reports/silence?format=html",
                "/api/delegations/BEL/activity?format=html", DOCUMENT + "/drafts/zero/compare?with=rev1&format=html")) {
            HttpResponse<String> answer = get(path, "observer");
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertProtected(answer.headers(), path);
            String policy = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(path).contains("script-src 'self';", "style-src 'self' " + styleHashes(answer.body())
                    + ";", "frame-ancestors 'none'");
            assertThat(answer.body()).as(path).doesNotContain("<script");
        }
        HttpResponse<String> report = PageClient.signedIn(api.base(), "observer")
                .get("/documents/" + ID + "/reports/timeline");
        assertThat(report.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("style-src 'self' " + styleHashes(report.body()) + ";");
    }

    @Test
    void theSessionCookieStaysOnThisSiteAndIsSecureOverHttps() {
        String plain = get("/login", null).headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(plain).startsWith("JSESSIONID=").contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> behindProxy = send(HttpRequest.newBuilder(URI.create(api.base() + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build());
        assertThat(behindProxy.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("; Secure", "; HttpOnly", "; SameSite=Lax");
        assertThat(behindProxy.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static void assertProtected(HttpHeaders headers, String what) {
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).as(what).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("same-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElse("")).as(what)
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
    }

    private static void assertNothingInline(String html, String what) {
        Matcher inline = INLINE.matcher(html);
        assertThat(inline.find() ? html.substring(Math.max(0, inline.start() - 80), inline.end() + 40) : "")
                .as("inline script, style or handler on %s", what).isEmpty();
    }

    /** The CSP hash sources of a document's style elements, computed here from the bytes served. */
    private static String styleHashes(String html) throws Exception {
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        StringBuilder hashes = new StringBuilder();
        while (style.find()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8));
            hashes.append(hashes.isEmpty() ? "" : " ").append("'sha256-")
                    .append(Base64.getEncoder().encodeToString(digest)).append("'");
        }
        assertThat(hashes).as("a style element").isNotEmpty();
        return hashes.toString();
    }

    private static HttpResponse<String> get(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + DraftlineServer.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
