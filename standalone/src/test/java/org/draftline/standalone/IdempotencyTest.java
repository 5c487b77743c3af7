package org.draftline.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/** A client that retries with the same Idempotency-Key gets the first answer and records nothing twice. */
class IdempotencyTest {

    private static final String DOCUMENT = "/api/documents/idempotent-declaration";

    private static ApiClient api;

    @BeforeAll
    static void registerADocument() {
        api = SharedServer.client();
        act(api, "secretariat", "/api/documents", body("id", "idempotent-declaration", "title", "Declaration",
                "kind", "DECLARATION", "body", "General Assembly", "occurredAt", "2017-01-02"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL")), "occurredAt", "2017-01-03"));
    }

    private static long recordedEvents() {
        return api.get("observer", DOCUMENT + "/history").body().get("totalEntries").asLong();
    }

    private static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    @Test
    void theSameKeyAndBodyAnswersAsTheFirstTimeAndRecordsNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> meeting = body("kind", "BRIEFING", "title", "Briefing on the process",
                "heldOn", "2017-01-05");
        ApiClient.Answer first = api.post("belgium", DOCUMENT + "/meetings", meeting, key(key));
        long afterFirst = recordedEvents();
        ApiClient.Answer retry = api.post("belgium", DOCUMENT + "/meetings", meeting, key(key));

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replay")).isEqualTo("true");
        assertThat(recordedEvents()).isEqualTo(afterFirst);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        api.post("belgium", DOCUMENT + "/meetings", body("kind", "BRIEFING", "title", "Second briefing",
                "heldOn", "2017-01-06"), key(key));
        long before = recordedEvents();
        ApiClient.Answer other = api.post("belgium", DOCUMENT + "/meetings", body("kind", "BRIEFING",
                "title", "Another briefing", "heldOn", "2017-01-07"), key(key));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void aRegistrationRetriedWithItsKeyIsCreatedOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> registration = body("id", "idempotent-decision", "title", "Decision",
                "kind", "DECISION", "body", "General Assembly");
        ApiClient.Answer first = api.post("secretariat", "/api/documents", registration, key(key));
        ApiClient.Answer retry = api.post("secretariat", "/api/documents", registration, key(key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/documents/idempotent-decision");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo("/api/documents/idempotent-decision");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void aRefusedCommandLeavesTheKeyFreeForACorrectedRetry() {
        String key = UUID.randomUUID().toString();
        ApiClient.Answer refused = api.post("mexico", DOCUMENT + "/meetings", body("kind", "BRIEFING",
                "title", "Not mine to record", "heldOn", "2017-01-08"), key(key));
        assertThat(refused.status()).isEqualTo(403);
        ApiClient.Answer retried = api.post("mexico", DOCUMENT + "/meetings", body("kind", "BRIEFING",
                "title", "Not mine to record", "heldOn", "2017-01-08"), key(key));
        assertThat(retried.status()).isEqualTo(403);
        assertThat(retried.code()).isEqualTo("NOT_A_CO_FACILITATOR");
    }

    @Test
    void aKeyMustBeAUuid() {
        ApiClient.Answer answer = api.post("belgium", DOCUMENT + "/meetings", body("kind", "BRIEFING",
                "title", "Briefing", "heldOn", "2017-01-09"), key("not-a-uuid"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
    }
}
