package org.draftline.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser's session on the pages without a browser: signed in through the form, posting with its CSRF token. */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile(
            "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|name=\"csrf-token\"[^>]*content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private PageSession(String base) {
        this.base = base;
    }

    static PageSession signIn(String base, String user) {
        PageSession session = new PageSession(base);
        HttpResponse<String> signedIn = session.post("/login", "/login",
                Map.of("username", user, "password", DraftlineServer.PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.uri().getPath()).isNotEqualTo("/login");
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    /** Posts a form of the page at {@code page} to {@code action}, following the redirect to the answer. */
    HttpResponse<String> post(String page, String action, Map<String, String> fields) {
        String form = get(page).body();
        Matcher token = CSRF.matcher(form);
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf="
                + encode(token.group(1) != null ? token.group(1) : token.group(2));
        return send(HttpRequest.newBuilder(URI.create(base + action)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
