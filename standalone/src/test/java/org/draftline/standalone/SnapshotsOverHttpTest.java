package org.draftline.standalone;

import org.draftline.command.document.NegotiatedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;
import static org.draftline.standalone.SeedNegotiations.record;

/**
 * A document past a hundred events, on a server without the documents' cache, so that every command loads it
 * from the store: it has a snapshot, and answers exactly as it does once the snapshot is deleted and it is
 * loaded from all its events.
 */
class SnapshotsOverHttpTest {

    private static final String DOCUMENT = "/api/documents/long-snapshotted-resolution";
    private static final Instant ZERO_DRAFT_AT = Instant.parse("2017-01-10T14:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void aDocumentPastAHundredEventsHasASnapshotAndAnswersAsFromItsEvents() {
        try (DraftlineServer server = DraftlineServer.start(dataDir, "--draftline.documents.cache=false")) {
            ApiClient api = server.client();
            JdbcTemplate jdbc = server.application().getBean(JdbcTemplate.class);
            act(api, "secretariat", "/api/documents", body("id", "long-snapshotted-resolution", "title",
                    "A long resolution", "kind", "RESOLUTION", "body", "General Assembly", "occurredAt", "2017-01-02"));
            act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                    List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-01-03"));
            record(api, "belgium", DOCUMENT + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ...\n"
                    + "OP2 Requests ...", "occurredAt", String.valueOf(ZERO_DRAFT_AT)));
            for (int i = 0; i < 110; i++) {
                record(api, i % 2 == 0 ? "mexico" : "ecuador", DOCUMENT + "/inputs", body("onDraft", "zero",
                        "comments", "Input " + i, "proposals", List.of(body("paragraph", "OP1", "action", "AMEND",
                                "text", "Decides, " + i)), "occurredAt", String.valueOf(ZERO_DRAFT_AT.plus(i + 1, ChronoUnit.HOURS))));
            }

            List<Map<String, Object>> snapshots = jdbc.queryForList("SELECT sequencenumber, payloadrevision FROM "
                    + "snapshotevententry WHERE aggregateidentifier = 'long-snapshotted-resolution'");
            assertThat(snapshots).singleElement().satisfies(snapshot -> {
                assertThat((Long) snapshot.get("sequencenumber")).isBetween(99L, 112L);
                assertThat(snapshot.get("payloadrevision")).isEqualTo(NegotiatedDocument.SNAPSHOT_REVISION);
            });
            List<String> fromSnapshot = refusals(api);

            assertThat(jdbc.update("DELETE FROM snapshotevententry")).isOne();
            List<String> fromEvents = refusals(api);

            assertThat(fromSnapshot).containsExactlyElementsOf(fromEvents);
            // each refusal is the one the state calls for
            assertThat(fromEvents).extracting(answer -> answer.substring(answer.indexOf(':') + 1, answer.indexOf(' ')))
                    .containsExactly("UNKNOWN_DRAFT", "UNKNOWN_PARAGRAPH", "WRONG_STAGE",
                            "SILENCE_ON_ZERO_DRAFT", "SAME_CO_FACILITATORS", "SILENCE_NOT_RUNNING",
                            "NOT_A_CO_FACILITATOR", "OCCURRED_BEFORE_LAST_STEP");
            // 3 events before the inputs (registered, appointed, zero draft), then 110 inputs
            assertThat(record(api, "ecuador", DOCUMENT + "/inputs", body("onDraft", "zero", "comments", "In turn",
                    "occurredAt", String.valueOf(ZERO_DRAFT_AT.plus(200, ChronoUnit.HOURS))))).isEqualTo(113);
        }
    }

    /**
     * Refusals that each turn on a piece of the document's state (drafts, paragraphs, stage,
     * co-facilitators, silence, last real-world time); a refusal records nothing, so the state stays as it was.
     */
    private static List<String> refusals(ApiClient api) {
        Instant at = ZERO_DRAFT_AT.plus(200, ChronoUnit.HOURS);
        List<String> answers = new ArrayList<>();
        answers.add(refusal(api.post("secretariat", DOCUMENT + "/inputs", body("onDraft", "rev1", "comments", "On rev1",
                "occurredAt", String.valueOf(at), "recordedFor", body("delegation", "MEX")))));
        answers.add(refusal(api.post("secretariat", DOCUMENT + "/inputs", body("onDraft", "zero", "proposals",
                List.of(body("paragraph", "OP9", "action", "DELETE")), "occurredAt", String.valueOf(at),
                "recordedFor", body("delegation", "MEX")))));
        answers.add(refusal(api.post("secretariat", DOCUMENT + "/consensus", body("occurredAt", String.valueOf(at),
                "recordedFor", body("delegation", "BEL")))));
        answers.add(refusal(api.post("secretariat", DOCUMENT + "/silence-procedure", body("deadline",
                "2017-07-30T18:00:00-04:00", "occurredAt", String.valueOf(at), "recordedFor", body("delegation", "BEL")))));
        answers.add(refusal(api.post("secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", String.valueOf(at)))));
        answers.add(refusal(api.post("secretariat", DOCUMENT + "/silence-procedure/breaks", body("reason", "No",
                "occurredAt", String.valueOf(at), "recordedFor", body("delegation", "MEX")))));
        answers.add(refusal(api.post("secretariat", DOCUMENT + "/revised-drafts", body("text", "OP1 Decides ...",
                "occurredAt", String.valueOf(at), "recordedFor", body("delegation", "MEX")))));
        answers.add(refusal(api.post("secretariat", DOCUMENT + "/inputs", body("onDraft", "zero", "comments", "Early",
                "occurredAt", String.valueOf(ZERO_DRAFT_AT), "recordedFor", body("delegation", "MEX")))));
        return answers;
    }

    private static String refusal(ApiClient.Answer answer) {
        return answer.status() + ":" + answer.code() + " " + answer.body().path("detail").asText();
    }
}
