package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.record;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * A silence deadline fires when nobody is watching, across a restart, exactly once. The co-facilitators
 * here give a few seconds' notice ({@code draftline.silence.minimum-notice=0s}) so the deadlines come
 * within the test; the test waits for them with Awaitility, never a fixed sleep.
 */
class SilenceDeadlineTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String SHORT_NOTICE = "--draftline.silence.minimum-notice=0s";

    @TempDir
    Path dataDir;

    /** A document under consultation on Rev.1, dated now, ready for silence. */
    private static String revisedDraft(ApiClient api, String id) {
        String document = "/api/documents/" + id;
        act(api, "secretariat", "/api/documents", body("id", id, "title", "Declaration on " + id,
                "kind", "DECLARATION", "body", "General Assembly"));
        act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api, "belgium", document + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ..."));
        act(api, "qatar", document + "/revised-drafts", body("text", "PP1 Recalling ...\nOP1 Decides, as revised ..."));
        return document;
    }

    private static String inNewYork(Instant instant) {
        return instant.atZone(NEW_YORK).toLocalDateTime() + "[America/New_York]";
    }

    private static JsonNode conclusions(ApiClient api, String document) {
        return api.get("observer", document + "/history?type=SilenceConcluded").body().get("entries");
    }

    private static JsonNode awaitConclusion(ApiClient api, String document) {
        await("the silence on " + document + " to conclude").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).until(() -> !conclusions(api, document).isEmpty());
        return conclusions(api, document);
    }

    /** Checks for {@code period} that no further conclusion is recorded on {@code document}. */
    private static void assertConclusionsStay(ApiClient api, String document, int count, Duration period) {
        await("no other conclusion on " + document).during(period).atMost(period.plusSeconds(5))
                .pollInterval(Duration.ofMillis(250)).until(() -> conclusions(api, document).size() == count);
    }

    private static void awaitPast(Instant instant) {
        await("the clock to pass " + instant).atMost(Duration.between(Instant.now(), instant).plusSeconds(5))
                .pollInterval(Duration.ofMillis(100)).until(() -> Instant.now().isAfter(instant));
    }

    @Test
    void silenceConcludesOnceAfterARestartThatSpannedItsDeadline() {
        try (DraftlineServer server = DraftlineServer.start(dataDir, SHORT_NOTICE)) {
            String document = revisedDraft(server.client(), "silence-across-restart");
            Instant deadline = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);
            act(server.client(), "belgium", document + "/silence-procedure", body("deadline", inNewYork(deadline)));
            JsonNode running = server.client().get("mexico", document).body();
            assertThat(running.at("/silence/running").asBoolean()).isTrue();
            assertThat(running.at("/nextDeadline/purpose").asText()).isEqualTo("SILENCE");
            assertThat(running.at("/nextDeadline/zone").asText()).isEqualTo("America/New_York");
            assertThat(running.at("/nextDeadline/secondsLeft").asLong()).isBetween(0L, 6L);

            server.stop();
            awaitPast(deadline.plusSeconds(1));
            server.start();

            JsonNode concluded = awaitConclusion(server.client(), document);
            assertThat(concluded).hasSize(1);
            assertThat(concluded.get(0).get("occurredAt").asText()).isEqualTo(deadline.toString());
            assertThat(concluded.get(0).get("actor").asText()).isEqualTo("draftline");
            assertThat(concluded.get(0).at("/details/outcome").asText()).isEqualTo("PASSED");
            assertThat(server.client().get("mexico", document).body().get("stage").asText()).isEqualTo("SILENCE_PASSED");

            assertConclusionsStay(server.client(), document, 1, Duration.ofSeconds(3));

            ApiClient.Answer lateBreak = server.client().post("mexico", document + "/silence-procedure/breaks",
                    body("reason", "We object, too late"));
            assertThat(lateBreak.status()).isEqualTo(409);
            assertThat(lateBreak.code()).isEqualTo("DEADLINE_PASSED");
        }
    }

    @Test
    void anExtendedSilenceIgnoresItsOldDeadlineAndConcludesBrokenAtTheNewOne() {
        try (DraftlineServer server = DraftlineServer.start(dataDir, SHORT_NOTICE)) {
            ApiClient api = server.client();
            String document = revisedDraft(api, "silence-extended");
            Instant first = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
            Instant extended = first.plusSeconds(6);
            act(api, "belgium", document + "/silence-procedure", body("deadline", inNewYork(first)));
            act(api, "qatar", document + "/silence-procedure/extension", body("deadline", inNewYork(extended)));
            act(api, "mexico", document + "/silence-procedure/breaks", body("reason", "OP1 must name victims",
                    "proposals", List.of(body("paragraph", "OP1", "action", "AMEND", "text", "Decides, for victims")),
                    "onBehalfOf", null));

            assertConclusionsStay(api, document, 0, Duration.between(Instant.now(), first).plusSeconds(2));
            JsonNode status = api.get("observer", document).body();
            assertThat(status.get("stage").asText()).isEqualTo("SILENCE_BROKEN");
            assertThat(status.at("/silence/running").asBoolean()).isTrue();
            assertThat(status.at("/silence/extensions").asInt()).isEqualTo(1);
            assertThat(status.at("/silence/breaks/0/delegation").asText()).isEqualTo("MEX");

            JsonNode concluded = awaitConclusion(api, document);
            assertThat(concluded).hasSize(1);
            assertThat(concluded.get(0).get("occurredAt").asText()).isEqualTo(extended.toString());
            assertThat(concluded.get(0).at("/details/outcome").asText()).isEqualTo("BROKEN");
            assertThat(concluded.get(0).get("summary").asText()).isEqualTo("Silence procedure 1 ended broken by Mexico");
        }
    }

    @Test
    void aSilenceOf2017LoadedTodayConcludesBetweenItsStartAndTheConsensusExactlyOnce() {
        try (DraftlineServer server = DraftlineServer.start(dataDir, "--draftline.deadlines.grace=2s")) {
            ApiClient api = server.client();
            String document = "/api/documents/modalities-2017";
            act(api, "secretariat", "/api/documents", body("id", "modalities-2017", "title", "Modalities resolution",
                    "kind", "RESOLUTION", "body", "General Assembly", "occurredAt", "2017-03-01T10:00:00-05:00"));
            act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                    List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-03-02"));
            record(api, "belgium", document + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ...",
                    "occurredAt", "2017-03-10"));
            record(api, "belgium", document + "/revised-drafts", body("text", "PP1 Recalling ...\nOP1 Decides, as revised",
                    "occurredAt", "2017-04-20"));
            record(api, "belgium", document + "/silence-procedure", body("deadline", "2017-04-28T18:00[America/New_York]",
                    "occurredAt", "2017-04-26T12:00:00-04:00"));
            record(api, "belgium", document + "/consensus", body("occurredAt", "2017-05-01T12:00:00-04:00"));
            assertConclusionsStay(api, document, 1, Duration.ofSeconds(4));

            JsonNode entries = api.get("observer", document + "/history?from=2017-04-26").body().get("entries");
            assertThat(entries.findValuesAsText("type"))
                    .containsExactly("SilenceStarted", "SilenceConcluded", "ConsensusDeclared");
            assertThat(entries.get(1).get("occurredAt").asText()).isEqualTo("2017-04-28T22:00:00Z");
            assertThat(entries.get(1).get("actor").asText()).isEqualTo("draftline");
            assertThat(entries.get(2).get("actor").asText()).isEqualTo("BEL");
            assertThat(entries.get(2).get("recordedBy").asText()).isEqualTo("secretariat");
            assertThat(api.get("observer", document).body().get("stage").asText()).isEqualTo("CONSENSUS");
        }
    }

    @Test
    void aSilenceOf2017WithNothingAfterItConcludesAGracePeriodAfterItIsRecorded() {
        try (DraftlineServer server = DraftlineServer.start(dataDir, "--draftline.deadlines.grace=2s")) {
            ApiClient api = server.client();
            String document = "/api/documents/declaration-2017";
            act(api, "secretariat", "/api/documents", body("id", "declaration-2017", "title", "Political declaration",
                    "kind", "DECLARATION", "body", "General Assembly", "occurredAt", "2017-05-01"));
            act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                    List.of(body("delegation", "BEL")), "occurredAt", "2017-05-05"));
            record(api, "belgium", document + "/zero-draft", body("text", "OP1 Reaffirm ...", "occurredAt", "2017-07-03"));
            record(api, "belgium", document + "/revised-drafts", body("text", "OP1 Reaffirm our strong ...",
                    "occurredAt", "2017-08-01"));
            record(api, "belgium", document + "/silence-procedure", body("deadline", "2017-08-29T18:00[America/New_York]",
                    "occurredAt", "2017-08-25T12:00:00-04:00"));

            JsonNode concluded = awaitConclusion(api, document);
            assertThat(concluded).hasSize(1);
            assertThat(concluded.get(0).get("occurredAt").asText()).isEqualTo("2017-08-29T22:00:00Z");
            assertConclusionsStay(api, document, 1, Duration.ofSeconds(2));
            assertThat(api.get("observer", document).body().get("stage").asText()).isEqualTo("SILENCE_PASSED");
        }
    }

    @Test
    void anInputWindowClosesByItselfAtItsDeadline() {
        try (DraftlineServer server = DraftlineServer.start(dataDir, SHORT_NOTICE)) {
            ApiClient api = server.client();
            String document = "/api/documents/window-closes";
            act(api, "secretariat", "/api/documents", body("id", "window-closes", "title", "Resolution",
                    "kind", "RESOLUTION", "body", "General Assembly"));
            act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                    List.of(body("delegation", "BEL"))));
            Instant deadline = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
            act(api, "belgium", document + "/zero-draft", body("text", "OP1 Decides ...",
                    "inputDeadline", inNewYork(deadline)));
            assertThat(api.get("mexico", document).body().at("/inputWindow/open").asBoolean()).isTrue();

            String closings = document + "/history?type=InputWindowClosed";
            await("the input window to close").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> !api.get("observer", closings).body().get("entries").isEmpty());
            JsonNode closed = api.get("observer", closings).body().get("entries");
            assertThat(closed).hasSize(1);
            assertThat(closed.get(0).get("occurredAt").asText()).isEqualTo(deadline.toString());
            assertThat(closed.get(0).get("actor").asText()).isEqualTo("draftline");
            assertThat(api.get("mexico", document).body().at("/inputWindow/open").asBoolean()).isFalse();
        }
    }
}
