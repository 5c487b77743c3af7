package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.record;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Text and times that PostgreSQL or the read models could not keep are refused as the field they came in,
 * before anything is recorded, and the record goes on moving for everyone after such a refusal.
 */
class RecordableInputsTest {

    private static final String DOCUMENT = "/api/documents/inputs-resolution";
    private static final String NUL = "x\u0000y";

    private static ApiClient api;

    @BeforeAll
    static void registerADocumentWithAZeroDraft() {
        api = SharedServer.client();
        act(api, "secretariat", "/api/documents", body("id", "inputs-resolution", "title", "Resolution on inputs",
                "kind", "RESOLUTION", "body", "General Assembly", "occurredAt", "2017-01-02"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-01-03"));
        record(api, "belgium", DOCUMENT + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ...",
                "occurredAt", "2017-01-10"));
    }

    private static long recordedEvents() {
        return api.get("observer", DOCUMENT + "/history").body().get("totalEntries").asLong();
    }

    private static void assertRefusesField(ApiClient.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("INVALID_REQUEST");
        assertThat(answer.body().get("errors").findValuesAsText("field")).as(answer.toString()).containsExactly(field);
    }

    private static ApiClient.Answer post(String user, String path, Map<String, Object> body) {
        return api.post(user, path, body);
    }

    @Test
    void aControlCharacterInAnyTextFieldIsRefusedNamingTheField() {
        long before = recordedEvents();
        String registration = "/api/documents";
        assertRefusesField(post("secretariat", registration, body("id", "nul-title", "title", NUL,
                "kind", "OTHER", "body", "General Assembly")), "title");
        assertRefusesField(post("secretariat", registration, body("id", "nul-body", "title", "T",
                "kind", "OTHER", "body", NUL)), "body");
        assertRefusesField(post("secretariat", registration, body("id", "nul-session", "title", "T",
                "kind", "OTHER", "body", "General Assembly", "session", NUL)), "session");
        assertRefusesField(post("secretariat", registration, body("id", "nul-mandate", "title", "T",
                "kind", "OTHER", "body", "General Assembly", "mandate", NUL)), "mandate");
        assertRefusesField(post("secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")), "letter", NUL)), "letter");
        assertRefusesField(post("secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                        List.of(body("delegation", "BEL"), body("delegation", "QAT", "representative", NUL)))),
                "coFacilitators[1].representative");
        assertRefusesField(post("belgium", DOCUMENT + "/revised-drafts", body("text", "PP1 Recalling " + NUL)),
                "text");
        assertRefusesField(post("belgium", DOCUMENT + "/final-draft", body("text", "PP1 Recalling \u0007")),
                "text");
        assertRefusesField(post("mexico", DOCUMENT + "/inputs", body("onDraft", "zero", "comments", NUL)),
                "comments");
        assertRefusesField(post("mexico", DOCUMENT + "/inputs", body("onDraft", "zero", "proposals", List.of(
                body("paragraph", "OP1", "action", "DELETE"),
                body("paragraph", "OP1", "action", "AMEND", "text", NUL)))), "proposals[1].text");
        assertRefusesField(post("belgium", DOCUMENT + "/meetings", body("kind", "READING", "title", NUL,
                "heldOn", "2017-01-11")), "title");
        assertRefusesField(post("belgium", DOCUMENT + "/meetings", body("kind", "READING", "title", "First",
                "heldOn", "2017-01-11", "summary", NUL)), "summary");
        assertRefusesField(post("belgium", DOCUMENT + "/supporting-documents", body("kind", "LETTER",
                "title", NUL)), "title");
        assertRefusesField(post("belgium", DOCUMENT + "/supporting-documents", body("kind", "LETTER",
                "title", "Letter", "url", "https://un.org/" + NUL)), "url");
        assertRefusesField(post("mexico", DOCUMENT + "/silence-procedure/breaks", body("reason", NUL)), "reason");
        assertRefusesField(post("mexico", DOCUMENT + "/silence-procedure/breaks", body("reason", "OP1",
                "proposals", List.of(body("paragraph", "OP1", "action", "AMEND", "text", NUL)))),
                "proposals[0].text");
        assertRefusesField(post("belgium", DOCUMENT + "/consensus", body("note", NUL)), "note");
        assertRefusesField(post("secretariat", DOCUMENT + "/adoption", body("symbol", "A/RES/71/287",
                "adoptedOn", "2017-02-01", "method", "WITHOUT_A_VOTE", "draftSymbol", "A/71/L.65" + NUL)),
                "draftSymbol");
        assertRefusesField(post("secretariat", DOCUMENT + "/withdrawal", body("reason", NUL)), "reason");
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void aPageFormRefusesAControlCharacterNamingTheField() {
        long before = recordedEvents();
        PageClient mexico = PageClient.signedIn(api.base(), "mexico");
        PageClient.Posted posted = mexico.post("/documents/inputs-resolution/inputs",
                List.of(Map.entry("onDraft", "zero"), Map.entry("comments", "Mexico " + NUL)));
        assertThat(posted.recorded()).isFalse();
        assertThat(posted.problem()).contains("a control character (U+0000) at character 9 cannot be recorded");
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void everyKindOfUnrecordableCharacterIsRefused() {
        long before = recordedEvents();
        for (String unrecordable : List.of("\u0001", "\u001b[31m", "\u007f", "\u0085", "\u009f", "\ud800",
                "x\udc00", "\ufffe", "\uffff", "\ufdd0", "\ud83f\udfff")) {
            ApiClient.Answer answer = api.post("mexico", DOCUMENT + "/inputs",
                    asciiJson(body("onDraft", "zero", "comments", "Mexico " + unrecordable + " proposes")));
            assertRefusesField(answer, "comments");
        }
        assertThat(recordedEvents()).isEqualTo(before);
    }

    /** JSON with every character beyond ASCII escaped, so half a surrogate pair reaches the server as sent. */
    private static String asciiJson(Map<String, Object> body) {
        StringBuilder json = new StringBuilder();
        for (char character : ApiClient.write(body).toCharArray()) {
            json.append(character < 0x80 ? String.valueOf(character) : String.format("\\u%04x", (int) character));
        }
        return json.toString();
    }

    @Test
    void tabsAndNewlinesAreKeptCarriageReturnsBecomeNewlinesAndTextIsNormalized() {
        long sequence = act(api, "ecuador", DOCUMENT + "/inputs", body("onDraft", "zero",
                "comments", "Ecuador:\tcaf\u0065\u0301\r\nsecond line\rthird line, \u0645\u0635\u0631 \u4e2d\u6587"));
        JsonNode inputs = api.get("observer", DOCUMENT + "/inputs?delegation=ECU&minSequence=" + sequence).body();
        assertThat(inputs.findValuesAsText("comments"))
                .contains("Ecuador:\tcaf\u00e9\nsecond line\nthird line, \u0645\u0635\u0631 \u4e2d\u6587");
    }

    @Test
    void aNulInAQueryParameterIsNoServerError() {
        for (String query : List.of("/inputs?paragraph=OP1%00", "/inputs?delegation=MEX%00", "/inputs?onDraft=zero%00",
                "/history?delegation=MEX%00", "/history?type=%00", "/history?asOf=2017-01-11%00",
                "/drafts/zero/compilation?paragraph=OP1%00", "/drafts/zero/compilation?delegation=%00",
                "/drafts/zero/compare?with=zero%00", "/reports/timeline?asOf=0001-01-01",
                "/reports/audit-trail?from=-4714-01-01T00:00:00Z", "/history?to=%2B99999-01-01T00:00:00Z")) {
            ApiClient.Answer answer = api.get("observer", DOCUMENT + query);
            assertThat(answer.status()).as(query + " -> " + answer).isBetween(200, 499);
        }
    }

    @Test
    void afterARefusedNulTheReadModelsKeepMoving() {
        assertRefusesField(post("mexico", DOCUMENT + "/inputs", body("onDraft", "zero", "comments", NUL)),
                "comments");
        long started = System.nanoTime();
        long sequence = act(api, "mexico", DOCUMENT + "/inputs",
                body("onDraft", "zero", "comments", "Mexico proposes, after a refused input"));
        Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);
        assertThat(answeredIn).as("the answer waited for read models that had stopped").isLessThan(Duration.ofSeconds(2));
        JsonNode history = api.get("observer", DOCUMENT + "/history?delegation=MEX&minSequence=" + sequence).body();
        assertThat(history.findValuesAsText("sequence")).contains(String.valueOf(sequence));
        JsonNode inputs = api.get("observer", DOCUMENT + "/inputs?delegation=MEX").body();
        assertThat(inputs.findValuesAsText("comments")).contains("Mexico proposes, after a refused input");
    }

    @Test
    void datesBeforeTheCharterOrBeyondYear9999AreRefusedNamingTheField() {
        long before = recordedEvents();
        String registration = "/api/documents";
        for (String time : List.of("0001-01-01", "1945-10-23", "1945-10-23T23:59:59Z", "-4714-01-01T00:00:00Z",
                "-999999999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "+99999-06-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z")) {
            assertRefusesField(post("secretariat", registration, body("id", "old-document", "title", "Old",
                    "kind", "OTHER", "body", "General Assembly", "occurredAt", time)), "occurredAt");
            assertRefusesField(post("mexico", DOCUMENT + "/inputs", body("onDraft", "zero", "comments", "Dated",
                    "occurredAt", time)), "occurredAt");
            assertRefusesField(post("belgium", DOCUMENT + "/silence-procedure", body("deadline", time)), "deadline");
            assertRefusesField(post("belgium", DOCUMENT + "/silence-procedure/extension", body("deadline", time)),
                    "deadline");
            assertRefusesField(post("belgium", DOCUMENT + "/input-window", body("deadline", time)), "deadline");
            assertRefusesField(post("belgium", DOCUMENT + "/revised-drafts", body("text", "PP1 Recalling ...",
                    "inputDeadline", time)), "inputDeadline");
        }
        for (String day : List.of("0001-01-01", "1945-10-23", "+10000-01-01", "+99999-12-31")) {
            assertRefusesField(post("belgium", DOCUMENT + "/meetings", body("kind", "READING", "title", "Reading",
                    "heldOn", day)), "heldOn");
            assertRefusesField(post("secretariat", DOCUMENT + "/adoption", body("symbol", "A/RES/71/287",
                    "adoptedOn", day, "method", "WITHOUT_A_VOTE")), "adoptedOn");
        }
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void aDeadlineMoreThan366DaysAfterTheActIsRefused() {
        long before = recordedEvents();
        assertRefusesField(post("belgium", DOCUMENT + "/silence-procedure", body("deadline", "2018-01-12T00:00:01Z",
                "occurredAt", "2017-01-11")), "deadline");
        assertRefusesField(post("belgium", DOCUMENT + "/input-window", body("deadline", "2019-01-01T00:00:00Z",
                "occurredAt", "2017-01-11")), "deadline");
        assertRefusesField(post("belgium", DOCUMENT + "/revised-drafts", body("text", "PP1 Recalling ...",
                "inputDeadline", "2018-06-01T00:00:00Z", "occurredAt", "2017-01-11")), "inputDeadline");
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void aDeadline366DaysAfterTheActIsAccepted() {
        String document = "/api/documents/inputs-window-resolution";
        act(api, "secretariat", "/api/documents", body("id", "inputs-window-resolution", "title", "On windows",
                "kind", "RESOLUTION", "body", "General Assembly", "occurredAt", "1945-10-24"));
        act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL")), "occurredAt", "2017-01-03"));
        record(api, "belgium", document + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ...",
                "inputDeadline", "2018-01-12T00:00:00Z", "occurredAt", "2017-01-11T00:00:00Z"));
        JsonNode status = api.get("observer", document).body();
        assertThat(status.toString()).contains("2018-01-12T00:00:00Z");
    }
}
