package org.draftline.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
    void aClaimLeftByACrashedCommandIsTakenOverOnceItHasExpired() {
        Map<String, Object> meeting = body("kind", "BRIEFING", "title", "Briefing cut short by a crash",
                "heldOn", "2017-01-10");
        String crashed = UUID.randomUUID().toString();
        leaveClaimAsACrashWould("belgium", crashed, requestHashOf("belgium", DOCUMENT + "/meetings", meeting),
                Duration.ofMinutes(5));
        long before = recordedEvents();

        ApiClient.Answer retried = api.post("belgium", DOCUMENT + "/meetings", meeting, key(crashed));

        assertThat(retried.status()).as("%s", retried).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replay")).isNull();
        assertThat(recordedEvents()).isEqualTo(before + 1);
        ApiClient.Answer again = api.post("belgium", DOCUMENT + "/meetings", meeting, key(crashed));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(retried.body());
        assertThat(recordedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aDuplicateOfACommandStillRunningWaitsBoundedAndSaysSo() {
        Map<String, Object> meeting = body("kind", "BRIEFING", "title", "Briefing still being recorded",
                "heldOn", "2017-01-11");
        String running = UUID.randomUUID().toString();
        leaveClaimAsACrashWould("belgium", running, requestHashOf("belgium", DOCUMENT + "/meetings", meeting),
                Duration.ZERO);
        long before = recordedEvents();

        long started = System.nanoTime();
        ApiClient.Answer duplicate = api.post("belgium", DOCUMENT + "/meetings", meeting, key(running));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(duplicate.status()).as("%s", duplicate).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("IDEMPOTENCY_KEY_IN_USE");
        assertThat(duplicate.body().get("detail").asText()).contains("not finished");
        assertThat(duplicate.header("Retry-After")).isNotBlank();
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void concurrentDuplicatesAllGetTheFirstAnswerAndRecordOnce() throws Exception {
        Map<String, Object> meeting = body("kind", "CONSULTATION", "title", "Consultation sent three times at once",
                "heldOn", "2017-01-12");
        String key = UUID.randomUUID().toString();
        long before = recordedEvents();
        int duplicates = 3;
        CountDownLatch ready = new CountDownLatch(duplicates);
        ExecutorService clients = Executors.newFixedThreadPool(duplicates);
        try {
            List<Future<ApiClient.Answer>> answers = new ArrayList<>();
            for (int index = 0; index < duplicates; index++) {
                answers.add(clients.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return api.post("belgium", DOCUMENT + "/meetings", meeting, key(key));
                }));
            }
            List<ApiClient.Answer> received = new ArrayList<>();
            for (Future<ApiClient.Answer> answer : answers) {
                received.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(received).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(200));
            assertThat(received).extracting(ApiClient.Answer::body).containsOnly(received.get(0).body());
            assertThat(received).filteredOn(answer -> answer.header("Idempotent-Replay") == null).hasSize(1);
        } finally {
            clients.shutdownNow();
        }
        assertThat(recordedEvents()).isEqualTo(before + 1);
    }

    /** The fingerprint Draftline keeps for a request, learnt from the same request sent under a throwaway key. */
    private static String requestHashOf(String user, String path, Map<String, Object> body) {
        String probe = UUID.randomUUID().toString();
        ApiClient.Answer answer = api.post(user, path, body, key(probe));
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return jdbc().queryForObject("SELECT request_hash FROM idempotency_key WHERE username = ? "
                + "AND idempotency_key = ?::uuid", String.class, user, probe);
    }

    /** The row a command leaves when its process dies between claiming the key and answering. */
    private static void leaveClaimAsACrashWould(String user, String key, String requestHash, Duration age) {
        jdbc().update("INSERT INTO idempotency_key (username, idempotency_key, request_hash, created_at, claimant, "
                        + "claimed_at) VALUES (?, ?::uuid, ?, now() - ?::interval, ?, now() - ?::interval)", user, key,
                requestHash, age.toSeconds() + " seconds", UUID.randomUUID(), age.toSeconds() + " seconds");
    }

    private static JdbcTemplate jdbc() {
        return SharedServer.application().getBean(JdbcTemplate.class);
    }

    @Test
    void aKeyMustBeAUuid() {
        ApiClient.Answer answer = api.post("belgium", DOCUMENT + "/meetings", body("kind", "BRIEFING",
                "title", "Briefing", "heldOn", "2017-01-09"), key("not-a-uuid"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
    }
}
