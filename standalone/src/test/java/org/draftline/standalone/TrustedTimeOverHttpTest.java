package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;
import static org.draftline.standalone.SeedNegotiations.record;

/**
 * Trusted time through the API, as an attacker would try it: dates ahead, dates back, a silence that is
 * already over, another delegation's name. Each refusal records nothing; the secretariat records the past.
 */
class TrustedTimeOverHttpTest {

    private static final String DOCUMENT = "/api/documents/trusted-time";

    private static ApiClient api;

    @BeforeAll
    static void aRevisedDraftCirculatedJustNow() {
        api = SharedServer.client();
        act(api, "secretariat", "/api/documents", body("id", "trusted-time", "title", "Resolution on trusted time",
                "kind", "RESOLUTION", "body", "General Assembly"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api, "belgium", DOCUMENT + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ..."));
        act(api, "qatar", DOCUMENT + "/revised-drafts", body("text", "PP1 Recalling ...\nOP1 Decides, as revised ..."));
    }

    private static long recordedEvents() {
        return api.get("observer", DOCUMENT + "/history").body().get("totalEntries").asLong();
    }

    private static String at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void assertRefused(ApiClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
    }

    @Test
    void aDelegationCannotDateItsActInThePastOrInAnothersName() {
        long before = recordedEvents();
        assertRefused(api.post("mexico", DOCUMENT + "/inputs", body("onDraft", "rev1", "comments", "Backdated",
                "occurredAt", at(Instant.now().minus(Duration.ofDays(400))))), 403, "ONLY_SECRETARIAT_RECORDS_THE_PAST");
        assertRefused(api.post("mexico", DOCUMENT + "/inputs", body("onDraft", "rev1", "comments", "As Ecuador",
                "recordedFor", body("delegation", "ECU"))), 403, "NOT_SECRETARIAT");
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void anActDatedAheadIsRefusedOrRecordedAtItsReceipt() {
        long before = recordedEvents();
        assertRefused(api.post("belgium", DOCUMENT + "/meetings", body("kind", "BRIEFING", "title", "Ahead",
                "heldOn", "2026-12-01", "occurredAt", at(Instant.now().plus(Duration.ofMinutes(4)).plusSeconds(59)))),
                409, "OCCURRED_IN_FUTURE");
        assertThat(recordedEvents()).isEqualTo(before);

        Instant sent = Instant.now();
        long sequence = act(api, "eu", DOCUMENT + "/inputs", body("onDraft", "rev1", "comments", "A little ahead",
                "occurredAt", at(sent.plusSeconds(45))));
        JsonNode entry = api.get("observer", DOCUMENT + "/history?minSequence=" + sequence + "&type=InputSubmitted")
                .body().get("entries").get(0);
        Instant recordedAt = Instant.parse(entry.get("occurredAt").asText());
        assertThat(recordedAt).isBetween(sent.minusSeconds(1), Instant.now());

        long next = act(api, "mexico", DOCUMENT + "/inputs", body("onDraft", "rev1", "comments", "Right after"));
        assertThat(next).isEqualTo(sequence + 1);
    }

    @Test
    void aSilenceNeedsNoticeAndCannotBeOverBeforeItStarts() {
        String document = "/api/documents/trusted-time-silence";
        Instant now = Instant.now();
        act(api, "secretariat", "/api/documents", body("id", "trusted-time-silence", "title", "Declaration",
                "kind", "DECLARATION", "body", "General Assembly", "occurredAt", at(now.minus(Duration.ofMinutes(7)))));
        act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")),
                "occurredAt", at(now.minus(Duration.ofMinutes(6)))));
        act(api, "belgium", document + "/zero-draft", body("text", "OP1 Decides ...",
                "occurredAt", at(now.minus(Duration.ofMinutes(5)))));
        act(api, "qatar", document + "/revised-drafts", body("text", "OP1 Decides, as revised ...",
                "occurredAt", at(now.minus(Duration.ofMinutes(4)))));

        assertRefused(api.post("belgium", document + "/silence-procedure", body("deadline", at(now.minusSeconds(1)),
                "occurredAt", at(now.minusSeconds(2)))), 409, "SILENCE_NOTICE_TOO_SHORT");
        assertRefused(api.post("belgium", document + "/silence-procedure", body("deadline",
                at(now.plus(Duration.ofMinutes(10))))), 409, "SILENCE_NOTICE_TOO_SHORT");
        assertRefused(api.post("belgium", document + "/silence-procedure", body("deadline",
                at(now.plus(Duration.ofDays(400))))), 400, "DEADLINE_TOO_FAR");
        assertThat(api.get("observer", document).body().at("/silence/running").asBoolean()).isFalse();

        act(api, "belgium", document + "/silence-procedure", body("deadline", at(now.plus(Duration.ofHours(2)))));
        assertRefused(api.post("qatar", document + "/meetings", body("kind", "CONSULTATION",
                "title", "Dated past the silence", "heldOn", "2026-12-01",
                "occurredAt", at(now.plus(Duration.ofMinutes(4)).plusSeconds(59)))), 409, "OCCURRED_IN_FUTURE");
        assertThat(api.get("observer", document).body().at("/silence/running").asBoolean()).isTrue();
        act(api, "mexico", document + "/silence-procedure/breaks", body("reason", "OP1 must name victims"));
        assertThat(api.get("observer", document).body().get("stage").asText()).isEqualTo("SILENCE_BROKEN");
    }

    @Test
    void theSecretariatRecordsThePastForTheDelegationThatActed() {
        String document = "/api/documents/trusted-time-history";
        act(api, "secretariat", "/api/documents", body("id", "trusted-time-history", "title", "Resolution of 2017",
                "kind", "RESOLUTION", "body", "General Assembly", "occurredAt", "2017-01-02"));
        act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-01-03"));
        record(api, "belgium", document + "/zero-draft", body("text", "OP1 Decides ...", "occurredAt", "2017-01-10"));
        long sequence = act(api, "secretariat", document + "/inputs", body("onDraft", "zero",
                "comments", "Sent by letter", "occurredAt", "2017-01-12",
                "recordedFor", body("delegation", "MEX", "person", "H.E. Mr. Juan José Gómez Camacho")));

        JsonNode recorded = api.get("observer", document + "/history?minSequence=" + sequence + "&type=InputSubmitted")
                .body().get("entries").get(0);
        assertThat(recorded.get("occurredAt").asText()).isEqualTo("2017-01-12T00:00:00Z");
        assertThat(recorded.get("actor").asText()).isEqualTo("MEX");
        assertThat(recorded.get("person").asText()).isEqualTo("H.E. Mr. Juan José Gómez Camacho");
        assertThat(recorded.get("delegation").asText()).isEqualTo("MEX");
        assertThat(recorded.get("role").asText()).isEqualTo("DELEGATE");
        assertThat(recorded.get("recordedBy").asText()).isEqualTo("secretariat");

        String auditTrail = api.get("observer", document + "/reports/audit-trail?format=csv").raw().body();
        assertThat(auditTrail.lines().findFirst().orElseThrow()).endsWith("Recorded by,Account");
        assertThat(auditTrail).contains("\"Mexico (H.E. Mr. Juan José Gómez Camacho)\",\"Delegate\",\"MEX\",\"\",\"secretariat\",\"MEX\"");

        ApiClient.Answer tooLong = api.post("secretariat", document + "/inputs", body("onDraft", "zero",
                "comments", "A name too long for the record", "occurredAt", "2017-01-13",
                "recordedFor", body("delegation", "MEX", "person", "x".repeat(201))));
        assertRefused(tooLong, 400, "INVALID_REQUEST");
        assertThat(tooLong.body().get("errors").findValuesAsText("field")).containsExactly("recordedFor.person");
    }
}
