package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.draftline.query.redline.TwoVersions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.mandate;
import static org.draftline.standalone.SeedNegotiations.record;
import static org.draftline.standalone.SeedNegotiations.body;

/** Every report in every format, generated from the record of a whole negotiation through the server. */
class ReportsTest {

    /** The day a report's time begins with, "7 Feb 2017, 19:00 New York time (...)". */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final String ID = "reports-resolution";
    private static final String DOCUMENT = "/api/documents/" + ID;
    private static final String STAMP = "&generatedAt=2026-01-01T00:00:00Z";

    private static ApiClient api;

    @BeforeAll
    static void negotiateAWholeResolution() {
        api = SharedServer.client();
        act(api, "secretariat", "/api/documents", body("id", ID, "title", "Resolution on reports & records",
                "kind", "RESOLUTION", "body", "General Assembly", "session", "71", "mandate", "GA resolution 70/179",
                "occurredAt", "2017-01-02"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL", "representative", "Ambassador of Belgium"), body("delegation", "QAT")),
                "occurredAt", "2017-01-03"));
        act(api, "secretariat", DOCUMENT + "/supporting-documents", body("kind", "LETTER", "title", "Letter",
                "url", "https://www.un.org/pga/71/letter.pdf", "occurredAt", "2017-01-04"));
        record(api, "belgium", DOCUMENT + "/zero-draft", body("text", TwoVersions.ZERO_DRAFT, "occurredAt", "2017-01-10"));
        record(api, "mexico", DOCUMENT + "/inputs", body("onDraft", "zero", "occurredAt", "2017-01-12", "proposals",
                List.of(body("paragraph", "OP2", "action", "AMEND", "text", TwoVersions.MEXICO_ON_OP2),
                        body("paragraph", "OP1", "action", "DELETE"))));
        mandate(api, "G77", "ECU", "2017-01-01", "2017-12-31");
        record(api, "ecuador", DOCUMENT + "/inputs", body("onDraft", "zero", "onBehalfOf", "G77", "occurredAt",
                "2017-01-13", "proposals", List.of(body("paragraph", "OP4", "action", "INSERT_AFTER",
                        "text", TwoVersions.G77_AFTER_OP4))));
        record(api, "qatar", DOCUMENT + "/revised-drafts", body("text", TwoVersions.REV_1, "occurredAt", "2017-02-01"));
        record(api, "belgium", DOCUMENT + "/silence-procedure", body("deadline", "2017-02-10T18:00[America/New_York]",
                "occurredAt", "2017-02-06"));
        record(api, "mexico", DOCUMENT + "/silence-procedure/breaks", body("reason", "OP2 must keep \"analysis\"",
                "occurredAt", "2017-02-08"));
        record(api, "qatar", DOCUMENT + "/revised-drafts", body("text", TwoVersions.REV_1.replace("harmonize",
                "harmonize and analyse"), "occurredAt", "2017-02-15"));
        record(api, "belgium", DOCUMENT + "/silence-procedure", body("deadline", "2017-02-20T18:00[America/New_York]",
                "occurredAt", "2017-02-16"));
        record(api, "belgium", DOCUMENT + "/silence-procedure/extension", body("deadline",
                "2017-02-22T18:00[America/New_York]", "occurredAt", "2017-02-19"));
        record(api, "belgium", DOCUMENT + "/final-draft", body("text", TwoVersions.REV_1, "occurredAt", "2017-02-24"));
        record(api, "belgium", DOCUMENT + "/consensus", body("occurredAt", "2017-02-27"));
        act(api, "secretariat", DOCUMENT + "/adoption", body("symbol", "A/RES/71/999", "adoptedOn", "2017-03-15",
                "method", "RECORDED_VOTE", "votes", body("yes", 170, "no", 3, "abstain", 12),
                "occurredAt", "2017-03-15"));
    }

    private static HttpResponse<byte[]> download(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("observer:" + DraftlineServer.PASSWORD).getBytes()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<byte[]> response = download(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return ApiClient.JSON.readTree(response.body());
    }

    private static List<List<String>> rows(JsonNode section) {
        List<List<String>> rows = new ArrayList<>();
        section.get("rows").forEach(row -> {
            List<String> values = new ArrayList<>();
            row.forEach(value -> values.add(value.asText()));
            rows.add(values);
        });
        return rows;
    }

    @Test
    void theTimelineSummarisesAndListsEveryStep() throws Exception {
        JsonNode timeline = json(DOCUMENT + "/reports/timeline?format=json" + STAMP);
        long entries = api.get("observer", DOCUMENT + "/history").body().get("totalEntries").asLong();
        assertThat(timeline.get("title").asText()).isEqualTo("Timeline: Resolution on reports & records");
        assertThat(timeline.at("/sections/0/rows")).hasSize((int) entries);
        assertThat(timeline.get("summary").findValuesAsText("value")).contains("Adopted",
                "A/RES/71/999 on 2017-03-15, by recorded vote 170-3-12", "2 (MEX, G77)");
        assertThat(rows(timeline.at("/sections/0")).get(2)).contains("https://www.un.org/pga/71/letter.pdf");
    }

    @Test
    void theCsvParsesBackToTheSameRows() throws Exception {
        JsonNode timeline = json(DOCUMENT + "/reports/timeline?format=json" + STAMP);
        HttpResponse<byte[]> csv = download(DOCUMENT + "/reports/timeline?format=csv" + STAMP);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        // the integrity seal closes the file as comment lines, which a reader told of the marker skips
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').get().parse(new StringReader(new String(csv.body()))).getRecords();
        List<List<String>> parsed = records.stream().map(CSVRecord::toList).toList();
        assertThat(parsed).isEqualTo(rows(timeline.at("/sections/0")));
        assertThat(new String(csv.body())).contains("\r\n# Integrity: " + ID + ": ");
    }

    @Test
    void thePdfHoldsTheStepsAndPageNumbers() throws Exception {
        HttpResponse<byte[]> pdf = download(DOCUMENT + "/reports/timeline?format=pdf" + STAMP);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Timeline: Resolution on reports & records", "Belgium circulated the zero draft",
                    "Silence procedure 1 ended broken by Mexico", "Adopted as A/RES/71/999", "Page 1 of");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Timeline: Resolution on reports & records");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv", "md", "html", "pdf"})
    void theSameRecordGivesTheSameBytes(String format) throws Exception {
        for (String report : List.of("timeline", "participation", "silence")) {
            String path = DOCUMENT + "/reports/" + report + "?format=" + format + STAMP;
            HttpResponse<byte[]> first = download(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(download(path).body()).as(path).isEqualTo(first.body());
        }
    }

    @Test
    void formatsAreChosenByAcceptToo() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + DOCUMENT + "/reports/silence"))
                .header("Accept", "text/markdown")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("observer:" + DraftlineServer.PASSWORD).getBytes()))
                .build();
        HttpResponse<String> markdown = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(markdown.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(markdown.body()).startsWith("# Silence log: Resolution on reports &amp; records")
                .contains("| Procedure | Text |");
        HttpResponse<byte[]> html = download(DOCUMENT + "/reports/timeline?format=html");
        assertThat(new String(html.body())).contains("<h1>Timeline: Resolution on reports &amp; records</h1>");
    }

    @Test
    void participationCountsInputProposalsTakeUpAndBreaks() throws Exception {
        JsonNode participation = json(DOCUMENT + "/reports/participation?format=json" + STAMP);
        List<List<String>> rows = rows(participation.at("/sections/0"));
        assertThat(rows).contains(
                List.of("Zero draft", "MEX", "Mexico", "", "1", "2", "2", "0", "0", "0", "0", "0"),
                List.of("Zero draft", "G77", "Group of 77 and China", "ECU", "1", "1", "1", "0", "0", "0", "0", "0"),
                List.of("Rev.1", "MEX", "Mexico", "", "0", "0", "0", "0", "0", "0", "1", "0"));
    }

    @Test
    void theSilenceLogListsEachProcedure() throws Exception {
        List<List<String>> rows = rows(json(DOCUMENT + "/reports/silence?format=json" + STAMP).at("/sections/0"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(5)).startsWith("Mexico on 7 Feb 2017, 19:00 New York time (8 Feb 2017, 00:00 UTC): OP2 must keep \"analysis\"");
        assertThat(rows.get(0).get(6)).isEqualTo("broken");
        assertThat(rows.get(1).get(3)).isEqualTo("22 Feb 2017, 18:00 New York time (23:00 UTC)");
        assertThat(rows.get(1).get(4)).startsWith("to 22 Feb 2017, 18:00 New York time (23:00 UTC) on ");
        assertThat(rows.get(1).get(6)).isEqualTo("passed");
    }

    @Test
    void aReportAsOfAPastDateShowsTheRecordAsItStoodThen() throws Exception {
        JsonNode timeline = json(DOCUMENT + "/reports/timeline?format=json&asOf=2017-02-02" + STAMP);
        assertThat(timeline.get("summary").findValuesAsText("value")).contains("Revised draft")
                .doesNotContain("Adopted");
        assertThat(rows(timeline.at("/sections/0"))).extracting(row -> row.get(1))
                .allMatch(date -> LocalDate.parse(date.substring(0, date.indexOf(',')), DAY).isBefore(LocalDate.of(2017, 2, 2)));
        JsonNode tooEarly = ApiClient.JSON.readTree(download(DOCUMENT
                + "/reports/timeline?format=json&asOf=2016-01-01").body());
        assertThat(tooEarly.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aDelegationsActivitySpansDocuments() throws Exception {
        JsonNode activity = json("/api/delegations/mex/activity?format=json" + STAMP);
        assertThat(activity.get("title").asText()).isEqualTo("Activity of Mexico");
        assertThat(rows(activity.at("/sections/0"))).extracting(row -> row.get(0)).contains(ID);
        assertThat(download("/api/delegations/XYZ/activity").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownReportsAndFormatsAreRefused() throws Exception {
        assertThat(download(DOCUMENT + "/reports/gossip").statusCode()).isEqualTo(404);
        assertThat(download(DOCUMENT + "/reports/timeline?format=docx").statusCode()).isEqualTo(400);
        assertThat(download("/api/documents/no-such-document/reports/timeline").statusCode()).isEqualTo(404);
    }

    @Test
    void theAuditTrailExportsEveryEntryFilteredLikeTheHistory() throws Exception {
        long entries = api.get("observer", DOCUMENT + "/history").body().get("totalEntries").asLong();
        JsonNode all = json(DOCUMENT + "/reports/audit-trail?format=json" + STAMP);
        assertThat(all.at("/sections/0/rows")).hasSize((int) entries);
        JsonNode inputs = json(DOCUMENT + "/reports/audit-trail?format=json&type=InputSubmitted" + STAMP);
        assertThat(rows(inputs.at("/sections/0"))).extracting(row -> row.get(3)).containsOnly("Input submitted")
                .hasSize(2);
        JsonNode g77 = json(DOCUMENT + "/reports/audit-trail?format=json&delegation=G77&from=2017-01-01&to=2017-01-31"
                + STAMP);
        assertThat(rows(g77.at("/sections/0"))).extracting(row -> row.get(8)).containsExactly("G77");
        assertThat(g77.get("summary").findValuesAsText("value"))
                .contains("delegation G77, from 31 Dec 2016, 19:00 New York time (1 Jan 2017, 00:00 UTC), "
                        + "to 30 Jan 2017, 19:00 New York time (31 Jan 2017, 00:00 UTC)");
        HttpResponse<byte[]> csv = download(DOCUMENT + "/reports/audit-trail?format=csv&type=SilenceBroken" + STAMP);
        assertThat(new String(csv.body())).startsWith("No.,Occurred,Recorded,Type,Act")
                .contains("Mexico broke silence");
        assertThat(download(DOCUMENT + "/reports/audit-trail?type=Gossip").statusCode()).isEqualTo(400);
    }
}
