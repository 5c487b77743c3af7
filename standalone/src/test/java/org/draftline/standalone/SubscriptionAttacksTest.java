package org.draftline.standalone;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found by attacking the webhooks, the e-mail choices and the feeds as a careless or hostile client would:
 * whatever a client sends is answered with a problem detail, never a 500, and a refused registration
 * records nothing.
 */
class SubscriptionAttacksTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ApiClient api = SharedServer.client();

    @Test
    void aWebhookRegistrationThatMakesNoSenseIsA400AndRecordsNothing() {
        String huge = "https://receiver.example/" + "a".repeat(100_000);
        List<String> bodies = List.of("[]", "\"x\"", "42", "{\"url\": 5}", "{\"url\": [\"https://receiver.example/\"]}",
                "{\"url\": \"" + huge + "\"}", "{\"url\": \"https://receiver.example/\\u0000\"}",
                "{\"url\": \"https://receiver.example/\\u202e\\u0085\"}", "{\"url\": \"http://[::127.0.0.1]/hook\"}",
                "{\"url\": \"http://[64:ff9b::a9fe:a9fe]/latest\"}", "{\"url\": \"https://receiver.example:99999/\"}",
                "{\"url\": \"https://receiver.example/\", \"events\": [\"NoSuchEvent\"]}",
                "{\"url\": \"https://receiver.example/\", \"events\": [null]}",
                "{\"url\": \"https://receiver.example/\", \"events\": {\"a\": 1}}",
                "{\"url\": \"https://receiver.example/\", \"events\": \"" + "x".repeat(10_000) + "\"}",
                "{\"url\": \"https://receiver.example/\", \"documents\": [null]}",
                "{\"url\": \"https://receiver.example/\", \"documents\": [\"Not_A_Slug\"]}",
                "{\"url\": \"https://receiver.example/\", \"documents\": [\"a\\u0000b\"]}",
                "{\"url\": \"https://receiver.example/\", \"documents\": []}",
                "{\"url\": \"https://receiver.example/\",");
        int before = api.get("belgium", "/api/webhooks").body().path("webhooks").size();
        for (String body : bodies) {
            ApiClient.Answer refused = api.post("belgium", "/api/webhooks", body);
            assertThat(refused.status()).as("%s -> %s", abbreviated(body), refused).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(abbreviated(body)).contains("problem+json");
        }
        assertThat(api.get("belgium", "/api/webhooks").body().path("webhooks").size()).isEqualTo(before);
    }

    @Test
    void anAccountCannotRegisterWebhooksWithoutEndToMultiplyEveryDelivery() {
        int existing = api.get("qatar", "/api/webhooks").body().path("webhooks").size();
        int allowed = 25;
        for (int index = existing; index < allowed; index++) {
            ApiClient.Answer registered = api.post("qatar", "/api/webhooks",
                    "{\"url\": \"https://203.0.113.10/hook/" + index + "\", \"events\": [\"DocumentRegistered\"]}");
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        }
        ApiClient.Answer refused = api.post("qatar", "/api/webhooks",
                "{\"url\": \"https://203.0.113.10/hook/one-too-many\", \"events\": [\"DocumentRegistered\"]}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("url");
        assertThat(api.get("qatar", "/api/webhooks").body().path("webhooks").size()).isEqualTo(allowed);

        String first = api.get("qatar", "/api/webhooks").body().path("webhooks").get(0).get("id").asText();
        assertThat(send("DELETE", "qatar", "/api/webhooks/" + first, null).statusCode()).isEqualTo(204);
        assertThat(api.post("qatar", "/api/webhooks", "{\"url\": \"https://203.0.113.10/hook/again\", "
                + "\"events\": [\"DocumentRegistered\"]}").status()).as("room again once one is deleted").isEqualTo(201);
    }

    @Test
    void madeUpWebhookIdsAndListingsAreProblemsNeverAFiveHundred() {
        for (String id : List.of("nope", "00000000-0000-0000-0000-000000000000", "%00", "%E2%80%AE", "1".repeat(5_000))) {
            // 404 for an id of no webhook of the caller's; 400 for a path the server refuses to route (%00)
            assertThat(send("GET", "belgium", "/api/webhooks/" + id, null).statusCode()).as(id).isIn(400, 404);
            assertThat(send("DELETE", "belgium", "/api/webhooks/" + id, null).statusCode()).as(id).isIn(400, 404);
        }
        assertThat(send("GET", "secretariat", "/api/webhooks?all=maybe", null).statusCode()).isEqualTo(400);
        assertThat(send("PUT", "belgium", "/api/webhooks", "{}").statusCode()).isIn(405, 400);
    }

    @Test
    void emailChoicesThatMakeNoSenseAreA400() {
        for (String body : List.of("{\"topics\": [null]}", "{\"topics\": \"DEADLINES\"}", "{\"topics\": [\"NOPE\"]}",
                "{\"zone\": \"../../etc/passwd\"}", "{\"zone\": \"\\u0000\"}", "{\"zone\": \"" + "Z".repeat(10_000) + "\"}",
                "{\"email\": \"a@b.example\\r\\nBcc: all@else.example\"}", "{\"email\": \"Someone <a@b.example>\"}",
                "{\"email\": \"a@b.example\\u0000\"}", "{\"email\": 7}", "[]", "")) {
            HttpResponse<String> refused = send("PUT", "belgium", "/api/account/notifications", body);
            assertThat(refused.statusCode()).as("%s -> %s", abbreviated(body), refused.body()).isEqualTo(400);
        }
    }

    @Test
    void aFeedAskedForInOddWaysIsAProblemNeverAFiveHundred() {
        for (String path : List.of("/api/feeds/all?size=-1", "/api/feeds/all?size=99999999999", "/api/feeds/all?size=1e3",
                "/api/feeds/delegations/%00", "/api/calendars/delegations/" + "A".repeat(5_000),
                "/api/feeds/documents/" + "a".repeat(5_000), "/api/feeds/all?token=" + "a.".repeat(2_000) + "a",
                "/api/feeds/all?token=%C0%AE.x", "/api/feeds/all?token=%FF%FE.%00")) {
            HttpResponse<String> answer = send("GET", "belgium", path, null);
            assertThat(answer.statusCode()).as("%s -> %s", abbreviated(path), answer.body()).isBetween(400, 499);
        }
    }

    private HttpResponse<String> send(String method, String user, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DraftlineServer.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }
}
