package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * A co-facilitator circulates the zero draft, a revision and the final draft as Word files made with POI, with
 * Word's own numbering and italics, over {@code multipart/form-data}; the API then answers the same paragraphs
 * as for the typed text, to the character.
 */
class WordUploadTest {

    private static final String ID = "word-upload-resolution";
    private static final String DOCUMENT = "/api/documents/" + ID;

    private static final String[][] ZERO_DRAFT = {
            {"PP1", "Recalling", " its resolution 64/293 of 30 July 2010, by which it adopted the \"Global Plan of Action\" [A/RES/64/293],"},
            {"PP2", "Reaffirming", " its commitment, in Arabic «الالتزام بمنع الاتجار بالأشخاص», in Chinese 防止和打击贩运人口, in Russian «предупреждать торговлю людьми и бороться с ней»,"},
            {"OP1", "Decides", " to convene a high-level meeting (at United Nations Headquarters) on 27 and 28 September 2017;"},
            {"OP2", "", "Decides also that the high-level meeting shall consist of:"},
            {"OP2(a)", "", "an opening segment, with statements by the President of the General Assembly, the Secretary-General and 'survivors';"},
            {"OP2(b)", "", "plenary meetings, [two interactive panel discussions] and a closing segment;"},
            {"OP3", "Requests", " the President of the General Assembly to organize an informal interactive hearing, \"no later than June 2017\";"},
    };

    private static ApiClient api;

    @BeforeAll
    static void registerAndAppoint() {
        api = SharedServer.client();
        act(api, "secretariat", "/api/documents", body("id", ID, "title", "Resolution circulated as Word files",
                "kind", "RESOLUTION", "body", "General Assembly"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
    }

    @Test
    void aDraftUploadedAsWordReadsBackAsTheSameParagraphs() throws Exception {
        ApiClient.Answer refusedFirst = upload("mexico", DOCUMENT + "/zero-draft", Map.of(), word(ZERO_DRAFT));
        assertThat(refusedFirst.status()).as(refusedFirst.toString()).isEqualTo(403);

        ApiClient.Answer zero = upload("belgium", DOCUMENT + "/zero-draft", Map.of(), word(ZERO_DRAFT));
        assertThat(zero.status()).as(zero.toString()).isEqualTo(200);

        JsonNode draft = api.get("observer", DOCUMENT + "/drafts/zero?minSequence=" + zero.sequence()).body();
        assertThat(draft.get("title").asText()).isEqualTo("Resolution circulated as Word files");
        assertThat(draft.get("chapeau").asText()).isEqualTo("The General Assembly,");
        assertThat(paragraphs(draft)).isEqualTo(expected(ZERO_DRAFT));

        String[][] revised = ZERO_DRAFT.clone();
        revised[6] = new String[]{"OP3", "Requests", " the President to organize an informal interactive multi-stakeholder hearing, «before the meeting»;"};
        ApiClient.Answer rev1 = upload("qatar", DOCUMENT + "/revised-drafts", Map.of(), word(revised));
        assertThat(rev1.status()).as(rev1.toString()).isEqualTo(200);
        JsonNode revision = api.get("observer", DOCUMENT + "/drafts/rev1?minSequence=" + rev1.sequence()).body();
        assertThat(paragraphs(revision)).isEqualTo(expected(revised));

        ApiClient.Answer last = upload("belgium", DOCUMENT + "/final-draft", Map.of(), word(revised));
        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        JsonNode fin = api.get("observer", DOCUMENT + "/drafts/final?minSequence=" + last.sequence()).body();
        assertThat(paragraphs(fin)).isEqualTo(expected(revised));
    }

    @Test
    void theSecretariatRecordsAPastCirculationFromWordWithItsFormFields() throws Exception {
        String id = "word-upload-recorded";
        String document = "/api/documents/" + id;
        act(api, "secretariat", "/api/documents", body("id", id, "title", "Recorded from Word",
                "kind", "DECLARATION", "body", "General Assembly", "occurredAt", "2017-05-01"));
        act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-05-05"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("occurredAt", "2017-07-03T12:00:00-04:00");
        fields.put("inputDeadline", "2017-07-20T18:00[America/New_York]");
        fields.put("recordedFor.delegation", "BEL");

        ApiClient.Answer zero = upload("secretariat", document + "/zero-draft", fields, word(ZERO_DRAFT));

        assertThat(zero.status()).as(zero.toString()).isEqualTo(200);
        JsonNode history = api.get("observer", document + "/history?type=ZeroDraftCirculated&minSequence="
                + zero.sequence()).body();
        assertThat(history.at("/entries/0/delegation").asText()).isEqualTo("BEL");
        assertThat(history.at("/entries/0/recordedBy").asText()).isEqualTo("secretariat");
        assertThat(history.at("/entries/0/occurredAt").asText()).startsWith("2017-07-03T16:00");
        assertThat(api.get("observer", document + "/history").body().toString()).contains("2017-07-20T22:00");
    }

    @Test
    void whatIsNotAReadableWordDraftIsRefusedNamingTheFileAndRecordsNothing() throws Exception {
        String id = "word-upload-refusals";
        String document = "/api/documents/" + id;
        act(api, "secretariat", "/api/documents", body("id", id, "title", "Refusals", "kind", "RESOLUTION",
                "body", "General Assembly"));
        long appointed = act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));

        ApiClient.Answer text = upload("belgium", document + "/zero-draft", Map.of(),
                "The General Assembly,\n\n1. Decides;".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(text.body().at("/errors/0/message").asText()).contains("is not a Word document (.docx)");

        String[][] misnumbered = {{"OP1", "", "Decides to act;"}, {"OP2", "", "Requests a report;"}};
        XWPFDocument wrong = document(misnumbered);
        wrong.createParagraph().createRun().setText("4. Decides to remain seized of the matter.");
        ApiClient.Answer paragraph = upload("belgium", document + "/zero-draft", Map.of(), bytes(wrong));
        assertThat(paragraph.status()).as(paragraph.toString()).isEqualTo(400);
        assertThat(paragraph.body().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(paragraph.body().at("/errors/0/message").asText())
                .isEqualTo("paragraph 5 \"4. Decides to remain seized of the matte ...\" is operative paragraph 4; expected 3");

        ApiClient.Answer none = upload("belgium", document + "/zero-draft", Map.of("occurredAt", "2017-01-01"), null);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body().at("/errors/0/field").asText()).isEqualTo("file");

        JsonNode status = api.get("observer", document).body();
        assertThat(status.get("stage").asText()).isEqualTo("CO_FACILITATORS_APPOINTED");
        assertThat(api.get("observer", document + "/history").body().get("totalEntries").asLong())
                .isEqualTo(appointed + 1);
    }

    @Test
    void theCirculationFormTakesAWordFileUnderItsCsrfToken() throws Exception {
        String id = "word-upload-page";
        String document = "/api/documents/" + id;
        act(api, "secretariat", "/api/documents", body("id", id, "title", "Resolution circulated as Word files",
                "kind", "RESOLUTION", "body", "General Assembly"));
        act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        PageClient belgium = PageClient.signedIn(api.base(), "belgium");
        assertThat(belgium.page("/documents/" + id)).contains("enctype=\"multipart/form-data\"", "name=\"file\"");

        PageClient.Posted forged = belgium.postWithFile("/documents/" + id + "/zero-draft",
                List.of(Map.entry("text", "")), "file", "zero.docx", word(ZERO_DRAFT), false);
        assertThat(forged.recorded()).as("without its CSRF token: %s", forged).isFalse();

        PageClient.Posted notWord = belgium.postWithFile("/documents/" + id + "/zero-draft",
                List.of(Map.entry("text", "")), "file", "zero.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), true);
        assertThat(notWord.recorded()).isFalse();
        assertThat(notWord.problem()).contains("File:", "is not a Word document (.docx)");

        // the page's form posts to the confirmation, which reads the Word file and shows (and then sends) its text
        HttpResponse<String> confirmation = belgium.postFileForPage("/documents/" + id + "/confirm/zero-draft",
                List.of(Map.entry("text", ""), Map.entry("occurredAt", "")), "file", "zero.docx", word(ZERO_DRAFT));
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(api.get("observer", document + "/drafts").body().toString()).as("nothing recorded before Confirm")
                .doesNotContain("zero");
        Map.Entry<String, List<Map.Entry<String, String>>> confirm = PageClient.form(confirmation.body(),
                "Confirm: circulate the zero draft");
        String sentText = confirm.getValue().stream().filter(field -> field.getKey().equals("text"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(sentText).contains(ZERO_DRAFT[1][2].strip(), ZERO_DRAFT[4][2]);
        PageClient.Posted circulated = belgium.post(confirm.getKey(), confirm.getValue());
        assertThat(circulated.recorded()).as(circulated.toString()).isTrue();
        JsonNode draft = api.get("observer", document + "/drafts/zero?minSequence=2").body();
        assertThat(paragraphs(draft)).isEqualTo(expected(ZERO_DRAFT));
    }

    private static List<List<String>> paragraphs(JsonNode draft) {
        List<List<String>> paragraphs = new ArrayList<>();
        draft.get("paragraphs").forEach(p -> paragraphs.add(List.of(p.get("label").asText(), p.get("text").asText())));
        return paragraphs;
    }

    private static List<List<String>> expected(String[][] paragraphs) {
        List<List<String>> expected = new ArrayList<>();
        for (String[] paragraph : paragraphs) {
            expected.add(List.of(paragraph[0], paragraph[1] + paragraph[2]));
        }
        return expected;
    }

    /** The draft as a Word file: title, chapeau, italic opening words, Word's numbering 1. and (a). */
    private static byte[] word(String[][] paragraphs) throws IOException {
        return bytes(document(paragraphs));
    }

    private static XWPFDocument document(String[][] paragraphs) {
        XWPFDocument document = new XWPFDocument();
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        level(definition, 0, STNumberFormat.DECIMAL, "%1.");
        level(definition, 1, STNumberFormat.LOWER_LETTER, "(%2)");
        XWPFNumbering numbering = document.createNumbering();
        BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
        XWPFRun title = document.createParagraph().createRun();
        title.setBold(true);
        title.setText("Resolution circulated as Word files");
        document.createParagraph().createRun().setText("The General Assembly,");
        for (String[] paragraph : paragraphs) {
            XWPFParagraph created = document.createParagraph();
            if (paragraph[0].startsWith("OP")) {
                created.setNumID(list);
                created.setNumILvl(BigInteger.valueOf(paragraph[0].contains("(") ? 1 : 0));
            }
            if (!paragraph[1].isEmpty()) {
                XWPFRun opening = created.createRun();
                opening.setItalic(true);
                opening.setText(paragraph[1]);
            }
            created.createRun().setText(paragraph[2]);
        }
        return document;
    }

    private static void level(CTAbstractNum definition, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = definition.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A multipart/form-data POST as a browser or curl -F sends it: the fields, then the file (if any). */
    private static ApiClient.Answer upload(String user, String path, Map<String, String> fields, byte[] file)
            throws Exception {
        String boundary = "draftline-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"zero draft.docx\""
                    + "\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":"
                        + DraftlineServer.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return new ApiClient.Answer(response.statusCode(), json ? ApiClient.JSON.readTree(response.body())
                : MissingNode.getInstance(), response);
    }
}
