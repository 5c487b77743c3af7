package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;
import static org.draftline.standalone.SeedNegotiations.mandate;
import static org.draftline.standalone.SeedNegotiations.record;

/**
 * The drafts, the redline and the compilation as files, downloaded through the server as a delegation's script
 * would and read back with the tools a delegate's machine has: Word files with Apache POI, PDFs with PDFBox,
 * the CSV with commons-csv. Texts with commas, quotes, brackets and other scripts must come back exactly.
 */
class DraftFilesTest {

    private static final String ID = "draft-files-resolution";
    private static final String DOCUMENT = "/api/documents/" + ID;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String ARABIC = "الاتجار بالبشر لا يزال منتشرا";
    private static final String CHINESE = "人口贩运仍然普遍";
    private static final String RUSSIAN = "торговля людьми остается распространенной";

    static final String ZERO_DRAFT = """
            # Cooperation, "partnership" and [bracketed] words against trafficking

            The General Assembly,

            *Recalling* its resolution 64/293, of 30 July 2010, on "the Plan" [and its annex],

            Deeply concerned that %s, %s, %s,

            1. Welcomes the progress made by Member States in implementing the Global Plan of Action;

            2. Urges Member States to ratify the Protocol to Prevent, Suppress and Punish Trafficking in Persons;

            3. Invites civil society to contribute to the appraisal of the Global Plan of Action;

            4. Requests:

            (a) the Secretary-General, "in consultation", to report [in 2018];

            (b) Member States to cooperate;
            """.formatted(ARABIC, CHINESE, RUSSIAN);

    static final String REV_1 = """
            # Cooperation, "partnership" and [bracketed] words against trafficking

            The General Assembly,

            *Recalling* its resolution 64/293, of 30 July 2010, on "the Plan" [and its annex],

            Deeply concerned that %s, %s, %s,

            1. Urges Member States to ratify the Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children;

            2. Decides to convene a high-level meeting of the General Assembly in 2017;

            3. Requests:

            (a) the Secretary-General, "in consultation", to report [in 2018];

            (b) Member States to cooperate;

            4. Invites civil society to contribute to the appraisal of the Global Plan of Action;
            """.formatted(ARABIC, CHINESE, RUSSIAN);

    static final String MEXICO_ON_OP2 = "Urges Member States, \"without delay\", to ratify the Protocol [A/RES/55/25], "
            + "especially Women and Children;";
    static final String G77_AFTER_OP3 = "Encourages " + ARABIC + ", " + CHINESE + " and " + RUSSIAN + ";";

    private static ApiClient api;

    @BeforeAll
    static void negotiate() {
        api = SharedServer.client();
        act(api, "secretariat", "/api/documents", body("id", ID, "title", "Cooperation against trafficking",
                "kind", "RESOLUTION", "body", "General Assembly", "session", "71",
                "mandate", "GA resolution 70/179, agenda item 118", "occurredAt", "2017-01-02"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-01-03"));
        record(api, "belgium", DOCUMENT + "/zero-draft", body("text", ZERO_DRAFT,
                "occurredAt", "2017-02-01T12:00:00-05:00"));
        record(api, "mexico", DOCUMENT + "/inputs", body("onDraft", "zero", "occurredAt", "2017-02-05",
                "proposals", List.of(body("paragraph", "OP2", "action", "AMEND", "text", MEXICO_ON_OP2),
                        body("paragraph", "OP1", "action", "DELETE"))));
        mandate(api, "G77", "ECU", "2017-01-01", "2017-12-31");
        record(api, "ecuador", DOCUMENT + "/inputs", body("onDraft", "zero", "onBehalfOf", "G77",
                "occurredAt", "2017-02-06", "proposals", List.of(body("paragraph", "OP3", "action", "INSERT_AFTER",
                        "text", G77_AFTER_OP3))));
        record(api, "qatar", DOCUMENT + "/revised-drafts", body("text", REV_1, "occurredAt", "2017-03-01T12:00:00-05:00"));
    }

    @Test
    void wordDraftIsLaidOutAsTheUnitedNationsDoes() throws IOException {
        try (XWPFDocument word = word(download("mexico", DOCUMENT + "/drafts/zero?format=docx", null))) {
            List<String> texts = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).startsWith("General Assembly", "Seventy-first session", "Agenda item 118", "Zero draft",
                    "1 February 2017", "Cooperation, \"partnership\" and [bracketed] words against trafficking",
                    "The General Assembly,");
            List<String> operative = texts.stream().filter(text -> text.matches("\\d+\\.\t.*")).toList();
            assertThat(operative).extracting(text -> text.substring(0, text.indexOf('\t')))
                    .containsExactly("1.", "2.", "3.", "4.");
            assertThat(texts).contains("2.\tUrges Member States to ratify the Protocol to Prevent, Suppress and Punish "
                    + "Trafficking in Persons;", "(a)\tthe Secretary-General, \"in consultation\", to report [in 2018];",
                    "(b)\tMember States to cooperate;", "Deeply concerned that " + ARABIC + ", " + CHINESE + ", "
                            + RUSSIAN + ",");
            assertThat(String.join("\n", texts)).doesNotContainPattern("\\b(?:PP|OP)\\d");
            assertThat(italicOpening(word, "Recalling")).isEqualTo("Recalling");
            assertThat(italicOpening(word, "Deeply")).isEqualTo("Deeply concerned");
            assertThat(italicOpening(word, "1.")).isEqualTo("Welcomes");

            JsonNode integrity = api.get("mexico", DOCUMENT + "/integrity").body();
            assertThat(word.getProperties().getCoreProperties().getIdentifier()).isEqualTo(ID);
            assertThat(word.getProperties().getCoreProperties().getVersion()).isEqualTo("zero");
            assertThat(word.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Cooperation, \"partnership\" and [bracketed] words against trafficking");
            assertThat(word.getProperties().getCustomProperties().getProperty("DraftlineChainHead").getLpwstr())
                    .isEqualTo(integrity.path("head").asText()).startsWith("sha256:");
            assertThat(word.getProperties().getCoreProperties().getDescription())
                    .contains(ID, "Zero draft", integrity.path("head").asText());
        }
    }

    @Test
    void pdfDraftHoldsEveryWordInOrder() throws IOException {
        HttpResponse<byte[]> pdf = download("observer", DOCUMENT + "/drafts/rev1", "application/pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).containsSubsequence("General Assembly", "Seventy-first session", "Agenda item 118",
                    "Rev.1", "1 March 2017", "Cooperation, \"partnership\" and [bracketed] words",
                    "The General Assembly,", "Recalling its resolution 64/293, of 30 July 2010, on \"the Plan\" "
                            + "[and its annex],", ARABIC, CHINESE, RUSSIAN, "1. Urges Member States",
                    "2. Decides to convene", "3. Requests:", "(a) the Secretary-General, \"in consultation\", to report "
                            + "[in 2018];", "(b) Member States to cooperate;", "4. Invites civil society");
            assertThat(text).doesNotContainPattern("\\b(?:PP|OP)\\d");
            JsonNode integrity = api.get("observer", DOCUMENT + "/integrity").body();
            assertThat(document.getDocumentInformation().getCustomMetadataValue("DraftlineChainHead"))
                    .isEqualTo(integrity.path("head").asText());
            assertThat(document.getDocumentInformation().getCustomMetadataValue("DraftlineVersion")).isEqualTo("rev1");
            assertThat(document.getDocumentInformation().getSubject()).contains("Cooperation against trafficking", "Rev.1");
        }
    }

    @Test
    void textMarkdownAndHtmlKeepTheWordsAndLeaveTheLabelsOut() {
        String text = new String(download("mexico", DOCUMENT + "/drafts/zero?format=txt", null).body(),
                StandardCharsets.UTF_8);
        assertThat(text).contains("4. Requests:\n", "    (a) the Secretary-General, \"in consultation\", to report "
                + "[in 2018];\n", "    Deeply concerned that " + ARABIC + ", " + CHINESE + ", " + RUSSIAN + ",\n");
        String markdown = new String(download("mexico", DOCUMENT + "/drafts/zero?format=md", null).body(),
                StandardCharsets.UTF_8);
        assertThat(markdown).contains("*Recalling* its resolution 64/293, of 30 July 2010, on \"the Plan\" \\[and its "
                + "annex\\],", "1. *Welcomes* the progress");
        String html = new String(download("mexico", DOCUMENT + "/drafts/zero", "text/html").body(),
                StandardCharsets.UTF_8);
        assertThat(html).contains("<em>Recalling</em> its resolution", "<span class=\"number\">(a)</span>");
        for (String file : List.of(text, markdown, html)) {
            assertThat(file).doesNotContainPattern("\\b(?:PP|OP)\\d");
        }
    }

    @Test
    void redlineInWordTracksEveryChangeOfTheJsonRedline() throws IOException {
        JsonNode redline = api.get("mexico", DOCUMENT + "/drafts/zero/compare?with=rev1").body();
        long inserted = words(redline, "INSERT");
        long deleted = words(redline, "DELETE");
        HttpResponse<byte[]> file = download("mexico", DOCUMENT + "/drafts/zero/compare?with=rev1&format=docx", null);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).isEqualTo(DOCX);
        try (XWPFDocument word = word(file)) {
            String xml = word.getDocument().xmlText();
            assertThat(inserted).isPositive();
            assertThat(deleted).isPositive();
            assertThat(count(xml, "<w:ins ")).isEqualTo(inserted);
            assertThat(count(xml, "<w:del ")).isEqualTo(deleted);
            assertThat(count(xml, "w:author=\"The co-facilitators (Belgium, Qatar)\""))
                    .isEqualTo(inserted + deleted);
            String rev1At = api.get("mexico", DOCUMENT + "/drafts").body().get(1).path("circulatedAt").asText();
            assertThat(count(xml, "w:date=\"" + rev1At.replace(".000", "") + "\"")).isEqualTo(inserted + deleted);
            long marked = StreamSupport.stream(redline.path("paragraphs").spliterator(), false)
                    .filter(change -> change.path("moved").asBoolean() || !change.path("mergedInto").isMissingNode()
                            && !change.path("mergedInto").isNull() || change.path("fromLabel").isTextual()
                            && change.path("toLabel").isTextual()
                            && !change.path("fromLabel").asText().equals(change.path("toLabel").asText()))
                    .count();
            assertThat(marked).isPositive();
            List<String> notes = List.of(word.getComments()).stream().map(XWPFComment::getText).toList();
            assertThat(notes).hasSize((int) marked);
            assertThat(notes).allMatch(note -> note.matches("(Moved|Renumbered): formerly (operative|preambular) "
                    + "paragraph .*|Merged into .*"));
            // Word's text of a paragraph is what accepting every change gives; the deleted words are in w:delText
            String body = word.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(body).contains("1.\tUrges Member States", "especially Women and Children")
                    .doesNotContain("Welcomes the progress").doesNotContainPattern("\\b(?:PP|OP)\\d");
            assertThat(xml).contains("Welcomes the progress made by Member States");
        }
    }

    @Test
    void compilationAsCsvHasARowPerParagraphWithEveryProposalExactly() throws IOException {
        HttpResponse<byte[]> file = download("ecuador", DOCUMENT + "/drafts/zero/compilation?format=csv", null);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(new String(file.body(), StandardCharsets.UTF_8)))
                .getRecords();
        JsonNode compilation = api.get("ecuador", DOCUMENT + "/drafts/zero/compilation").body();
        assertThat(rows).hasSize(compilation.path("paragraphs").size() + 1);
        assertThat(rows.get(0).toList()).containsExactly("Paragraph", "Text of the Zero draft", "Proposals",
                "Take-up in Rev.1");
        CSVRecord op2 = rows.stream().filter(row -> row.get(0).equals("OP2")).findFirst().orElseThrow();
        assertThat(op2.get(1)).isEqualTo("Urges Member States to ratify the Protocol to Prevent, Suppress and Punish "
                + "Trafficking in Persons;");
        assertThat(op2.get(2)).isEqualTo("Mexico (amend to read): " + MEXICO_ON_OP2);
        assertThat(op2.get(3)).isEqualTo("Mexico: " + takeUp(compilation, "OP2", 0));
        CSVRecord op3 = rows.stream().filter(row -> row.get(0).equals("OP3")).findFirst().orElseThrow();
        assertThat(op3.get(2)).isEqualTo("Ecuador for Group of 77 and China (insert after it): " + G77_AFTER_OP3);
        CSVRecord op1 = rows.stream().filter(row -> row.get(0).equals("OP1")).findFirst().orElseThrow();
        assertThat(op1.get(2)).isEqualTo("Mexico (delete)");
        CSVRecord pp2 = rows.stream().filter(row -> row.get(0).equals("PP2")).findFirst().orElseThrow();
        assertThat(pp2.get(1)).isEqualTo("Deeply concerned that " + ARABIC + ", " + CHINESE + ", " + RUSSIAN + ",");
        assertThat(pp2.get(2)).isEmpty();
    }

    @Test
    void compilationInWordAndPdfIsOneTableRowPerParagraph() throws IOException {
        JsonNode compilation = api.get("belgium", DOCUMENT + "/drafts/zero/compilation").body();
        try (XWPFDocument word = word(download("belgium", DOCUMENT + "/drafts/zero/compilation?format=docx", null))) {
            XWPFTable table = word.getTables().get(0);
            assertThat(table.getRows()).hasSize(compilation.path("paragraphs").size() + 1);
            XWPFTableRow op3 = table.getRows().stream().filter(row -> row.getCell(0).getText().equals("OP3"))
                    .findFirst().orElseThrow();
            assertThat(op3.getCell(2).getText()).isEqualTo("Ecuador for Group of 77 and China (insert after it): "
                    + G77_AFTER_OP3);
            assertThat(word.getProperties().getCustomProperties().getProperty("DraftlineDocument").getLpwstr())
                    .isEqualTo(ID);
        }
        try (PDDocument pdf = Loader.loadPDF(download("belgium", DOCUMENT + "/drafts/zero/compilation", "application/pdf")
                .body())) {
            // a cell wraps its words where it must, so the text is compared without its line breaks and spaces
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).containsSubsequence(Stream.of("Paragraph", "Proposals", "Take-up in Rev.1", "OP1",
                    "Mexico (delete)", "OP2", MEXICO_ON_OP2, "OP3", "Ecuador for Group of 77 and China",
                    G77_AFTER_OP3).map(words -> words.replaceAll("\\s+", "")).toList());
        }
    }

    @Test
    void oddFormatsAndAcceptHeadersAreAnsweredNeverWithAFiveHundred() throws Exception {
        for (String format : List.of("%00", "", "pdf%0A", "PDF", "json", "pdf&format=docx", "x".repeat(5_000),
                "%E2%80%AEpdf", "..%2Fpdf", "docx;", "%F0%9F%98%80")) {
            for (String part : List.of("/drafts/zero", "/drafts/zero/compare?with=rev1", "/drafts/zero/compilation")) {
                String path = DOCUMENT + part + (part.contains("?") ? "&" : "?") + "format=" + format;
                HttpResponse<byte[]> answer = fetch("mexico", path, null);
                assertThat(answer.statusCode()).as("%s: %s", path.length() > 150 ? path.substring(0, 150) : path,
                        new String(answer.body(), StandardCharsets.UTF_8)).isBetween(200, 499);
            }
        }
        for (String accept : List.of("text/html;;;", "application/pdf; q=abc", "text/csv;charset=\"", "garbage",
                "application/pdf;q=0", "*/*;q=0", "application/json;q=0, application/pdf;q=0", ",,,", "text/*",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document, */*;q=0.1",
                "text/html;q=0.5, text/html;q=0", "a".repeat(6_000))) {
            for (String part : List.of("/drafts/zero", "/drafts/zero/compare?with=rev1", "/drafts/zero/compilation")) {
                HttpResponse<byte[]> answer = fetch("mexico", DOCUMENT + part, accept);
                assertThat(answer.statusCode()).as("%s with Accept %s: %s", part, accept.length() > 100
                        ? accept.substring(0, 100) : accept, new String(answer.body(), StandardCharsets.UTF_8))
                        .isBetween(200, 499);
            }
        }
        HttpResponse<byte[]> weighed = fetch("mexico", DOCUMENT + "/drafts/zero", "application/pdf;q=0, text/html");
        assertThat(weighed.headers().firstValue("Content-Type").orElse("")).as("a type refused with q=0")
                .startsWith("text/html");
    }

    private static HttpResponse<byte[]> fetch(String user, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + DraftlineServer.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anUnofferedFormatIsRefusedNamingFormat() {
        for (String path : List.of(DOCUMENT + "/drafts/zero?format=xlsx", DOCUMENT + "/drafts/zero/compare?with=rev1&format=pdf",
                DOCUMENT + "/drafts/zero/compilation?format=md")) {
            ApiClient.Answer answer = api.get("mexico", path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.body().path("detail").asText()).as(path).startsWith("format:");
        }
        ApiClient.Answer unknown = api.get("mexico", DOCUMENT + "/drafts/rev9", "application/pdf");
        assertThat(unknown.status()).as("%s", unknown).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_DRAFT");
    }

    @Test
    void aSignedInDelegateOpensThePrintableRedlineAndTheCompilationFromThePages() {
        PageClient delegate = PageClient.signedIn(api.base(), "mexico");
        String compare = delegate.page("/documents/" + ID + "/compare?from=zero&to=rev1");
        assertThat(compare).contains("/documents/" + ID + "/drafts/zero/compare?with=rev1");
        HttpResponse<String> printable = delegate.get("/documents/" + ID + "/drafts/zero/compare?with=rev1");
        assertThat(printable.statusCode()).isEqualTo(200);
        assertThat(printable.body()).contains("<ins>", "<del>", "Zero draft → Rev.1");
        String document = delegate.page("/documents/" + ID);
        assertThat(document).contains("/documents/" + ID + "/drafts/zero/compilation?format=csv",
                "/documents/" + ID + "/drafts/zero?format=docx");
        HttpResponse<String> csv = delegate.get("/documents/" + ID + "/drafts/zero/compilation?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(MEXICO_ON_OP2.replace("\"", "\"\""));
        HttpResponse<String> anonymous = PageClient.anonymous(api.base())
                .get("/documents/" + ID + "/drafts/zero/compare?with=rev1");
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    private static String takeUp(JsonNode compilation, String paragraph, int proposal) {
        for (JsonNode compiled : compilation.path("paragraphs")) {
            if (compiled.path("label").asText().equals(paragraph)) {
                return switch (compiled.path("proposals").get(proposal).path("takeUp").asText()) {
                    case "REFLECTED" -> "reflected";
                    case "PARTLY_REFLECTED" -> "partly reflected";
                    case "NOT_REFLECTED" -> "not reflected";
                    default -> "superseded (the paragraph is gone)";
                };
            }
        }
        throw new AssertionError("no paragraph " + paragraph);
    }

    /** The italic words opening the paragraph whose text starts with {@code start}. */
    private static String italicOpening(XWPFDocument word, String start) {
        XWPFParagraph paragraph = word.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow();
        StringBuilder italic = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            if (run.isItalic()) {
                italic.append(run.text());
            } else if (!italic.isEmpty()) {
                break;
            }
        }
        return italic.toString();
    }

    private static long words(JsonNode redline, String operation) {
        long count = 0;
        for (JsonNode change : redline.path("paragraphs")) {
            for (JsonNode words : change.path("words")) {
                if (words.path("operation").asText().equals(operation)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static XWPFDocument word(HttpResponse<byte[]> file) throws IOException {
        assertThat(file.statusCode()).as(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return new XWPFDocument(new ByteArrayInputStream(file.body()));
    }

    private static HttpResponse<byte[]> download(String user, String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + DraftlineServer.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as("%s: %s", path, new String(answer.body(), StandardCharsets.UTF_8))
                    .isEqualTo(200);
            return answer;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
