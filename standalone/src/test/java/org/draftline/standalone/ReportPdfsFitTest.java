package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.DECLARATION;
import static org.draftline.standalone.SeedNegotiations.MODALITIES;

/**
 * Every report's PDF, rendered from the seed negotiations through the server, read back with PDFBox: every glyph
 * lies on its page (within the media box), every column heading and the last cell of every row are printed, and
 * no date is wrapped a character or two a line.
 */
class ReportPdfsFitTest {

    private static final String STAMP = "generatedAt=2026-01-01T00:00:00Z";
    /** The columns holding times, by report: each date and hour must be printed unbroken. */
    private static final Map<String, Set<String>> DATE_COLUMNS = Map.of(
            "timeline", Set.of("Date", "Recorded"),
            "audit-trail", Set.of("Occurred", "Recorded"),
            "silence", Set.of("Started", "Deadline", "Concluded"),
            "activity", Set.of("Date"),
            "participation", Set.of());
    private static final Pattern DATE_OR_HOUR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{2}:\\d{2}");

    @TempDir
    static Path dataDir;
    private static DraftlineServer server;
    private static ApiClient api;

    @BeforeAll
    static void negotiateTheSeedDocuments() {
        server = DraftlineServer.start(dataDir, "--logging.level.root=warn");
        api = server.client();
        SeedNegotiations.modalitiesResolution(api);
        SeedNegotiations.politicalDeclaration(api);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Stream<String> reports() {
        List<String> paths = new ArrayList<>();
        for (String document : List.of(MODALITIES, DECLARATION)) {
            for (String report : List.of("timeline", "participation", "silence", "audit-trail")) {
                paths.add("/api/documents/" + document + "/reports/" + report);
            }
        }
        for (String delegation : List.of("BEL", "QAT", "MEX", "ECU", "EU")) {
            paths.add("/api/delegations/" + delegation + "/activity");
        }
        return paths.stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyColumnOfTheReportIsOnThePage(String path) throws Exception {
        JsonNode report = ApiClient.JSON.readTree(download(path + "?format=json&" + STAMP));
        byte[] pdf = download(path + "?format=pdf&" + STAMP);
        // kept beside the test's reports, to be looked at when it fails
        Path copy = Path.of("target", "report-pdfs", path.replaceAll("[^A-Za-z0-9-]+", "_") + ".pdf");
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.write(copy, pdf);
        PrintedWords printed = PrintedWords.of(pdf);

        assertThat(printed.outsideTheirPage()).as("glyphs of %s printed beyond their page", path).isEmpty();
        String kind = path.substring(path.lastIndexOf('/') + 1);
        for (JsonNode section : report.get("sections")) {
            List<String> columns = new ArrayList<>();
            section.get("columns").forEach(column -> columns.add(column.asText()));
            for (String heading : columns) {
                for (String word : heading.split("\\s+")) {
                    assertThat(printed.words()).as("%s: the word '%s' of the heading '%s'", path, word, heading)
                            .contains(word);
                }
            }
            List<String> dateTokens = new ArrayList<>();
            for (JsonNode row : section.get("rows")) {
                String last = row.get(row.size() - 1).asText();
                assertThat(printed.allText()).as("%s: the last cell '%s' of a row", path, last)
                        .contains(last.replaceAll("\\s+", ""));
                for (int column = 0; column < columns.size(); column++) {
                    if (DATE_COLUMNS.get(kind).contains(columns.get(column))) {
                        Matcher date = DATE_OR_HOUR.matcher(row.get(column).asText());
                        while (date.find()) {
                            dateTokens.add(date.group());
                        }
                    }
                }
            }
            for (String token : Set.copyOf(dateTokens)) {
                long wanted = dateTokens.stream().filter(token::equals).count();
                long unbroken = printed.words().stream().filter(word -> word.contains(token)).count();
                assertThat(unbroken).as("%s: '%s' printed unbroken (a date or hour wrapped within its cell?) in %s",
                        path, token, printed.words().stream().filter(word -> word.matches(".*\\d.*")).toList())
                        .isGreaterThanOrEqualTo(wanted);
            }
        }
    }

    private static byte[] download(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("observer:" + DraftlineServer.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /**
     * The words of a PDF as PDFBox reads them (it hands over a line of a cell at a time), with where each glyph
     * was put on its page.
     */
    private static final class PrintedWords extends PDFTextStripper {

        private final List<String> words = new ArrayList<>();
        private final StringBuilder allText = new StringBuilder();
        private final List<String> outside = new ArrayList<>();

        private PrintedWords() {
            setSortByPosition(false);
        }

        static PrintedWords of(byte[] pdf) throws IOException {
            PrintedWords printed = new PrintedWords();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                printed.getText(document);
            }
            return printed;
        }

        @Override
        protected void writeString(String text, List<TextPosition> glyphs) {
            for (String word : text.strip().split("\\s+")) {
                words.add(word);
            }
            allText.append(text.replaceAll("\\s+", ""));
            for (TextPosition glyph : glyphs) {
                float left = glyph.getXDirAdj();
                float right = left + glyph.getWidthDirAdj();
                float baseline = glyph.getYDirAdj();
                if (left < 0 || right > glyph.getPageWidth() + 0.5f || baseline < 0
                        || baseline > glyph.getPageHeight()) {
                    outside.add(String.format("page %d: '%s' of '%s' at x %.1f-%.1f on a page %.1f wide",
                            getCurrentPageNo(), glyph.getUnicode(), text, left, right, glyph.getPageWidth()));
                }
            }
        }

        List<String> words() {
            return words;
        }

        String allText() {
            return allText.toString();
        }

        List<String> outsideTheirPage() {
            return outside;
        }
    }
}
