package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
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

/**
 * Two Draftline instances on one PostgreSQL, the scale-out without Axon Server: each records and reads,
 * both see one record, commands racing on one document from both all land, in one sequence, and a keyed
 * request sent to both at once is recorded once.
 */
class TwoInstancesTest {

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void twoInstancesShareOneRecord() throws Exception {
        try (DraftlineServer one = DraftlineServer.start(first, "--draftline.documents.cache=false")) {
            try (DraftlineServer two = one.startBeside(second, "--draftline.documents.cache=false")) {
                ApiClient a = one.client();
                ApiClient b = two.client();
                String document = "/api/documents/shared-record";
                act(a, "secretariat", "/api/documents", body("id", "shared-record", "title", "Shared record",
                        "kind", "DECISION", "body", "General Assembly"));
                act(b, "secretariat", document + "/co-facilitators",
                        body("coFacilitators", List.of(body("delegation", "BEL"))));
                long zeroDraft = act(a, "belgium", document + "/zero-draft", body("text", "OP1 Decides ..."));
                assertThat(b.get("observer", document + "?minSequence=" + zeroDraft).body().get("stage").asText())
                        .isEqualTo("ZERO_DRAFT");

                ExecutorService pool = Executors.newFixedThreadPool(4);
                List<Future<ApiClient.Answer>> answers = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    ApiClient instance = i % 2 == 0 ? a : b;
                    int meeting = i;
                    answers.add(pool.submit(() -> instance.post("belgium", document + "/meetings",
                            body("kind", "CONSULTATION", "title", "Consultation " + meeting, "heldOn", "2026-11-01"))));
                }
                for (Future<ApiClient.Answer> answer : answers) {
                    assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(200);
                }
                pool.shutdown();

                JsonNode history = a.get("observer", document + "/history?size=100&minSequence=" + (zeroDraft + 12))
                        .body();
                assertThat(history.get("totalEntries").asInt()).isEqualTo((int) zeroDraft + 13);
                assertThat(history.get("entries").findValuesAsText("type").stream()
                        .filter("MeetingRecorded"::equals)).hasSize(12);
                assertThat(b.get("observer", document + "/history?size=100").body().get("entries"))
                        .isEqualTo(history.get("entries"));

                keyedDuplicatesOnBothInstancesGetOneAnswerAndRecordOnce(a, b, document, zeroDraft + 13);
            }
        }
    }

    /** The same keyed request sent to both instances at once: one records, every copy gets its answer. */
    private static void keyedDuplicatesOnBothInstancesGetOneAnswerAndRecordOnce(ApiClient a, ApiClient b,
                                                                                String document, long events)
            throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> meeting = body("kind", "BRIEFING", "title", "Briefing sent to both instances",
                "heldOn", "2026-11-02");
        CountDownLatch ready = new CountDownLatch(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ApiClient.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ApiClient instance = i % 2 == 0 ? a : b;
            answers.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                return instance.post("belgium", document + "/meetings", meeting, key);
            }));
        }
        List<ApiClient.Answer> received = new ArrayList<>();
        for (Future<ApiClient.Answer> answer : answers) {
            received.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(received).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(200));
        assertThat(received).extracting(ApiClient.Answer::body).containsOnly(received.get(0).body());
        assertThat(received).filteredOn(answer -> answer.header("Idempotent-Replay") == null).hasSize(1);
        assertThat(a.get("observer", document + "/history?minSequence=" + (events + 1)).body()
                .get("totalEntries").asLong()).isEqualTo(events + 1);
    }
}
