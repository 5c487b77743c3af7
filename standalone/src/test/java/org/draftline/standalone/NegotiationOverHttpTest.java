package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.DECLARATION;
import static org.draftline.standalone.SeedNegotiations.MODALITIES;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/** Both seed negotiations through the real server, and what delegations then read back. */
class NegotiationOverHttpTest {

    private static ApiClient api;

    @BeforeAll
    static void negotiate() {
        api = SharedServer.client();
        SeedNegotiations.modalitiesResolution(api);
        SeedNegotiations.politicalDeclaration(api);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText(null)));
        return values;
    }

    @Test
    void theModalitiesResolutionEndsAdoptedWithItsWholeRecord() {
        JsonNode status = api.get("observer", "/api/documents/" + MODALITIES).body();
        assertThat(status.get("stage").asText()).isEqualTo("ADOPTED");
        assertThat(status.at("/adoption/symbol").asText()).isEqualTo("A/RES/71/287");
        assertThat(status.at("/adoption/method").asText()).isEqualTo("WITHOUT_A_VOTE");
        assertThat(status.get("currentDraft").asText()).isEqualTo("final");
        assertThat(status.get("nextDeadline").isNull()).isTrue();
        assertThat(texts(status.get("coFacilitators"), "delegation")).containsExactly("BEL", "QAT");

        JsonNode history = api.get("observer", "/api/documents/" + MODALITIES + "/history?size=100").body();
        assertThat(texts(history.get("entries"), "type")).containsExactly("DocumentRegistered",
                "CoFacilitatorsAppointed", "ZeroDraftCirculated", "InputWindowOpened", "InputSubmitted",
                "InputSubmitted", "InputSubmitted", "InputWindowClosed", "RevisedDraftCirculated", "MeetingRecorded",
                "FinalDraftCirculated", "ConsensusDeclared", "DocumentAdopted");
        JsonNode zeroDraft = history.get("entries").get(2);
        assertThat(zeroDraft.get("actor").asText()).isEqualTo("BEL");
        assertThat(zeroDraft.get("delegation").asText()).isEqualTo("BEL");
        assertThat(zeroDraft.get("recordedBy").asText()).isEqualTo("secretariat");
        assertThat(zeroDraft.get("delegation").asText()).isEqualTo("BEL");
        assertThat(zeroDraft.get("summary").asText()).isEqualTo("Belgium circulated the zero draft");
        assertThat(zeroDraft.get("occurredAt").asText()).isEqualTo("2017-02-01T17:00:00Z");
        assertThat(zeroDraft.get("recordedAt").asText()).startsWith("20").isNotEqualTo("2017-02-01T17:00:00Z");
        JsonNode windowClosed = history.get("entries").get(7);
        assertThat(windowClosed.get("occurredAt").asText()).isEqualTo("2017-02-10T23:00:00Z");
        // recorded with Qatar's revision, but closed by its deadline: Draftline's act, not Qatar's
        assertThat(windowClosed.get("actor").asText()).isEqualTo("draftline");
        assertThat(windowClosed.get("delegation").isNull()).isTrue();
        assertThat(history.get("entries").get(8).get("actor").asText()).isEqualTo("QAT");
    }

    @Test
    void thePoliticalDeclarationShowsItsSilenceAndFinalDraft() {
        JsonNode status = api.get("mexico", "/api/documents/" + DECLARATION).body();
        assertThat(status.get("stage").asText()).isEqualTo("FINAL_DRAFT");
        assertThat(status.at("/silence/procedure").asInt()).isEqualTo(1);
        assertThat(status.at("/silence/running").asBoolean()).isFalse();
        assertThat(status.at("/silence/outcome").asText()).isEqualTo("PASSED");
        assertThat(status.at("/silence/deadline/zone").asText()).isEqualTo("America/New_York");
        assertThat(status.at("/silence/deadline/utc").asText()).isEqualTo("2017-08-29T22:00:00Z");
        assertThat(status.at("/silence/deadline/local").asText()).isEqualTo("2017-08-29T18:00:00-04:00");

        JsonNode supporting = api.get("mexico", "/api/documents/" + DECLARATION
                + "/history?type=SupportingDocumentPublished").body();
        assertThat(texts(supporting.get("entries"), "summary")).containsExactly(
                "Published announcement: Announcement: Multi-stakeholder hearing",
                "Published concept note: Concept Note: Informal Interactive Multi-stakeholder Hearing",
                "Published programme: Programme: informal interactive multi-stakeholder hearing",
                "Published summary: Summary of Informal Interactive Multi-stakeholder Hearing");
        JsonNode conclusions = api.get("mexico", "/api/documents/" + DECLARATION
                + "/history?type=SilenceConcluded").body().get("entries");
        assertThat(conclusions).hasSize(1);
        JsonNode silence = conclusions.get(0);
        assertThat(silence.get("occurredAt").asText()).isEqualTo("2017-08-29T22:00:00Z");
        assertThat(silence.get("summary").asText()).isEqualTo("Silence procedure 1 passed: nobody broke silence");
    }

    @Test
    void everyDocumentIsListedWithItsStage() {
        JsonNode documents = api.get("observer", "/api/documents?size=1000").body();
        List<String> ids = texts(documents, "id");
        assertThat(ids).contains(MODALITIES, DECLARATION);
        documents.forEach(document -> {
            if (document.get("id").asText().equals(DECLARATION)) {
                assertThat(document.get("stage").asText()).isEqualTo("FINAL_DRAFT");
                assertThat(document.get("currentDraft").asText()).isEqualTo("final");
            }
        });
    }

    @Test
    void draftsAreListedAndReadParagraphByParagraph() {
        JsonNode drafts = api.get("observer", "/api/documents/" + MODALITIES + "/drafts").body();
        assertThat(texts(drafts, "label")).containsExactly("zero", "rev1", "final");
        assertThat(texts(drafts, "name")).containsExactly("Zero draft", "Rev.1", "Final draft");
        assertThat(drafts.get(0).get("paragraphs").asInt()).isEqualTo(5);

        JsonNode rev1 = api.get("observer", "/api/documents/" + MODALITIES + "/drafts/rev1").body();
        assertThat(rev1.get("title").asText()).isEqualTo("Modalities, format and organization of the high-level meeting");
        assertThat(rev1.get("chapeau").asText()).isEqualTo("The General Assembly,");
        assertThat(texts(rev1.get("paragraphs"), "label")).containsExactly("PP1", "PP2", "OP1", "OP2", "OP3");
        assertThat(rev1.at("/paragraphs/0/text").asText())
                .isEqualTo("Recalling its resolution 64/293 of 30 July 2010, by which it adopted the Global Plan of Action,");
        assertThat(rev1.get("text").asText()).isEqualTo(SeedNegotiations.MODALITIES_REVISED_DRAFT.strip());
    }

    @Test
    void inputIsFilteredByDelegationDraftAndParagraph() {
        String inputs = "/api/documents/" + MODALITIES + "/inputs";
        assertThat(texts(api.get("observer", inputs).body(), "delegation")).containsExactly("MEX", "ECU", "EU");
        assertThat(texts(api.get("observer", inputs + "?delegation=G77").body(), "delegation")).containsExactly("ECU");
        assertThat(texts(api.get("observer", inputs + "?paragraph=op2").body(), "delegation")).containsExactly("MEX");
        assertThat(api.get("observer", inputs + "?onDraft=rev1").body()).isEmpty();
        JsonNode mexico = api.get("observer", inputs + "?delegation=MEX").body().get(0);
        assertThat(mexico.at("/proposals/0/paragraph").asText()).isEqualTo("OP2");
        assertThat(mexico.at("/proposals/0/action").asText()).isEqualTo("AMEND");
        assertThat(mexico.get("actor").asText()).isEqualTo("MEX");
    }

    @Test
    void historyIsFilteredByDelegationAndRealWorldTime() {
        String history = "/api/documents/" + MODALITIES + "/history";
        JsonNode byG77 = api.get("observer", history + "?delegation=G77").body();
        assertThat(byG77.get("totalEntries").asInt()).isEqualTo(1);
        assertThat(byG77.at("/entries/0/summary").asText())
                .isEqualTo("Ecuador on behalf of Group of 77 and China submitted input on Zero draft with 1 proposal");

        JsonNode february = api.get("observer", history + "?from=2017-02-01&to=2017-02-28").body();
        assertThat(texts(february.get("entries"), "type")).containsExactly("ZeroDraftCirculated", "InputWindowOpened",
                "InputSubmitted", "InputSubmitted", "InputSubmitted", "InputWindowClosed");
    }

    @Test
    void historyIsPaged() {
        String history = "/api/documents/" + MODALITIES + "/history?size=5";
        JsonNode first = api.get("observer", history + "&page=0").body();
        JsonNode last = api.get("observer", history + "&page=2").body();
        assertThat(first.get("totalEntries").asInt()).isEqualTo(13);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        assertThat(texts(first.get("entries"), "sequence")).containsExactly("0", "1", "2", "3", "4");
        assertThat(texts(last.get("entries"), "sequence")).containsExactly("10", "11", "12");
    }

    @Test
    void historyAsOfADateShowsTheRecordAsItStoodThen() {
        JsonNode asOfMarch = api.get("observer", "/api/documents/" + MODALITIES
                + "/history?asOf=2017-03-05T00:00:00Z&size=100").body();
        List<String> types = texts(asOfMarch.get("entries"), "type");
        assertThat(types).endsWith("RevisedDraftCirculated").doesNotContain("FinalDraftCirculated", "DocumentAdopted");
    }

    @Test
    void aReadAfterACommandSeesIt() {
        String document = "/api/documents/read-your-writes";
        act(api, "secretariat", "/api/documents", body("id", "read-your-writes", "title", "Decision on working methods",
                "kind", "DECISION", "body", "General Assembly"));
        long sequence = act(api, "secretariat", document + "/supporting-documents",
                body("kind", "LETTER", "title", "Letter on working methods"));
        assertThat(api.get("observer", document + "/history").body().get("totalEntries").asLong())
                .isEqualTo(sequence + 1);
        assertThat(api.get("observer", document + "?minSequence=" + sequence).body().get("sequence").asLong())
                .isEqualTo(sequence);
    }

    @Test
    void theApiIsDescribedAndHealthIsReported() {
        JsonNode openApi = api.get(null, "/v3/api-docs").body();
        assertThat(openApi.at("/paths").has("/api/documents/{id}/silence-procedure/breaks")).isTrue();
        assertThat(openApi.at("/paths").has("/api/documents/{id}/history")).isTrue();
        assertThat(api.get(null, "/actuator/health").body().get("status").asText()).isEqualTo("UP");
        assertThat(api.get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
