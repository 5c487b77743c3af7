package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * A document as an older Draftline stored it, written straight into Axon's table: circulation events at
 * revision 1 (the text without its labels) and an input from a delegation today's reference list no
 * longer holds. It loads on both sides: the read models show it, and the document takes the next acts.
 */
class OlderRecordTest {

    private static final String DOCUMENT = "older-record";
    private static final String EVENTS = "org.draftline.api.document.DocumentEvent$";
    private static final String SECRETARIAT = "{\"actor\":\"pga-office\",\"role\":\"SECRETARIAT\"}";
    private static final String ZERO_DRAFT = "# Political declaration\\n\\nThe General Assembly,\\n\\n"
            + "Recalling its resolution 64/293,\\n\\n1. Reaffirms the Global Plan of Action;\\n\\n2. Decides:\\n"
            + "   (a) to convene a high-level meeting;\\n   (b) to hear civil society;";

    @TempDir
    Path dataDir;

    @Test
    void aDocumentStoredAtRevisionOneLoadsAndTakesTheNextActs() {
        try (DraftlineServer server = DraftlineServer.start(dataDir)) {
            JdbcTemplate jdbc = server.application().getBean(JdbcTemplate.class);
            store(jdbc, 0, "DocumentRegistered", "{\"documentId\":\"older-record\",\"title\":\"Political declaration\","
                    + "\"kind\":\"DECLARATION\",\"body\":\"General Assembly\",\"session\":\"71\",\"mandate\":null,"
                    + "\"occurredAt\":\"2017-03-01T14:00:00Z\"}", SECRETARIAT);
            store(jdbc, 1, "CoFacilitatorsAppointed", "{\"documentId\":\"older-record\",\"coFacilitators\":["
                    + "{\"delegation\":\"BEL\",\"representative\":null},{\"delegation\":\"QAT\",\"representative\":null}],"
                    + "\"letter\":null,\"occurredAt\":\"2017-03-02T14:00:00Z\"}", SECRETARIAT);
            store(jdbc, 2, "ZeroDraftCirculated", "{\"documentId\":\"older-record\",\"label\":\"zero\",\"text\":\""
                    + ZERO_DRAFT + "\",\"occurredAt\":\"2017-03-10T14:00:00Z\"}",
                    "{\"actor\":\"belgium\",\"role\":\"DELEGATE\",\"delegation\":\"BEL\"}");
            store(jdbc, 3, "InputSubmitted", "{\"documentId\":\"older-record\",\"onDraft\":\"zero\","
                    + "\"delegation\":\"YUG\",\"onBehalfOf\":null,\"comments\":\"Recorded while YUG was on the list\","
                    + "\"proposals\":[{\"paragraph\":\"OP1\",\"action\":\"AMEND\",\"text\":\"Reaffirms the Plan;\"}],"
                    + "\"occurredAt\":\"2017-03-12T14:00:00Z\"}",
                    "{\"actor\":\"yugoslavia\",\"role\":\"DELEGATE\",\"delegation\":\"YUG\"}");
            ApiClient api = server.client();
            String document = "/api/documents/" + DOCUMENT;

            ApiClient.Answer status = api.get("observer", document + "?minSequence=3");
            assertThat(status.status()).as(status.toString()).isEqualTo(200);
            assertThat(status.body().get("stage").asText()).isEqualTo("ZERO_DRAFT");
            assertThat(labels(api.get("observer", document + "/drafts/zero").body()))
                    .containsExactly("PP1", "OP1", "OP2", "OP2(a)", "OP2(b)");
            JsonNode inputs = api.get("observer", document + "/inputs").body();
            assertThat(inputs.findValuesAsText("delegation")).containsExactly("YUG");
            assertThat(api.get("observer", document + "/history").body().get("entries").findValuesAsText("type"))
                    .contains("ZeroDraftCirculated", "InputSubmitted");

            ApiClient.Answer onALabelOfTheOldText = api.post("mexico", document + "/inputs", body("onDraft", "zero",
                    "proposals", List.of(body("paragraph", "OP2(b)", "action", "DELETE"))));
            assertThat(onALabelOfTheOldText.status()).as(onALabelOfTheOldText.toString()).isEqualTo(200);
            assertThat(onALabelOfTheOldText.sequence()).isEqualTo(4);
            ApiClient.Answer onAMissingParagraph = api.post("mexico", document + "/inputs", body("onDraft", "zero",
                    "proposals", List.of(body("paragraph", "OP3", "action", "DELETE"))));
            assertThat(onAMissingParagraph.code()).as(onAMissingParagraph.toString()).isEqualTo("UNKNOWN_PARAGRAPH");

            ApiClient.Answer revised = api.post("belgium", document + "/revised-drafts",
                    body("text", "PP1 Recalling its resolution 64/293,\nOP1 Reaffirms the Global Plan of Action;"));
            assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
            Map<String, Object> stored = jdbc.queryForMap("SELECT payloadrevision, convert_from(payload, 'UTF8') AS"
                    + " payload FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?", DOCUMENT,
                    EVENTS + "RevisedDraftCirculated");
            assertThat(stored.get("payloadrevision")).isEqualTo("2");
            assertThat(stored.get("payload").toString()).contains("\"paragraphs\":[\"PP1\",\"OP1\"]");

            JsonNode compilation = api.get("observer", document + "/drafts/zero/compilation?minSequence="
                    + revised.sequence()).body();
            assertThat(compilation.get("paragraphs").findValuesAsText("delegation")).containsExactlyInAnyOrder("YUG", "MEX");
        }
    }

    private static List<String> labels(JsonNode draft) {
        List<String> labels = new ArrayList<>();
        draft.get("paragraphs").forEach(paragraph -> labels.add(paragraph.get("label").asText()));
        return labels;
    }

    /** One row as Axon's JDBC engine wrote it before circulation events reached revision 2. */
    private static void store(JdbcTemplate jdbc, long sequence, String type, String payload, String metaData) {
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,"
                        + " metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                DOCUMENT, sequence, "NegotiatedDocument", UUID.randomUUID().toString(),
                metaData.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8), "1", EVENTS + type,
                "2017-03-0" + (sequence + 1) + "T15:00:00Z");
    }
}
