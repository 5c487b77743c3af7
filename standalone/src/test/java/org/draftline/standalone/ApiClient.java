package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A plain HTTP client that knows only the public API: what an outside script of a delegation would use. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String bearer;
    private final HttpClient http = HttpClient.newHttpClient();

    ApiClient(String base) {
        this(base, null);
    }

    private ApiClient(String base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** The same API, with {@code token} as the bearer of every request that names no account. */
    ApiClient withBearer(String token) {
        return new ApiClient(base, token);
    }

    String base() {
        return base;
    }

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        long sequence() {
            return body.get("sequence").asLong();
        }

        String code() {
            return body.path("code").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    Answer get(String user, String path) {
        return send(request(user, path).header("Accept", "application/json").GET().build());
    }

    /** A GET taking whatever the server answers first, as {@code curl} asks. */
    Answer getAnything(String user, String path) {
        return send(request(user, path).header("Accept", "*/*").GET().build());
    }

    /** A read asking for {@code accept} (a report's format, the export's XML) rather than JSON. */
    Answer get(String user, String path, String accept) {
        return send(request(user, path).setHeader("Accept", accept).GET().build());
    }

    Answer post(String user, String path, Object body) {
        return post(user, path, body, Map.of());
    }

    Answer post(String user, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(user, path).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : write(body)));
        headers.forEach(request::header);
        return send(request.build());
    }

    Answer put(String user, String path, Object body) {
        return send(request(user, path).header("Accept", "application/json").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : write(body))).build());
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (user == null && bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        } else if (user != null) {
            String credentials = user + ":" + DraftlineServer.PASSWORD;
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = json && !response.body().isBlank() ? JSON.readTree(response.body())
                    : MissingNode.getInstance();
            return new Answer(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
