package org.draftline.standalone;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Texts a spreadsheet would run as formulas, and Markdown or HTML a viewer would render, recorded in every
 * field the reports print: every CSV export of every report, from the API and from the pages, holds them as
 * text (a leading apostrophe, the cell quoted), and the Markdown reports show them without any raw HTML.
 */
class SpreadsheetSafeExportsTest {

    private static final String ID = "spreadsheet-safe";
    private static final String DOCUMENT = "/api/documents/" + ID;
    private static final String FORMULA = "=HYPERLINK(\"x\")";
    private static final String HOSTILE_HTML = "<img src=x onerror=alert(1)> | piped";

    private static ApiClient api;

    @BeforeAll
    static void recordHostileTexts() {
        api = SharedServer.client();
        Instant now = Instant.now();
        act(api, "secretariat", "/api/documents", body("id", ID, "title", FORMULA, "kind", "RESOLUTION",
                "body", "General Assembly", "session", "-1+2", "mandate", "@SUM(1)"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL", "representative", FORMULA), body("delegation", "QAT"))));
        act(api, "belgium", DOCUMENT + "/meetings", body("kind", "INFORMAL_MEETING", "title", FORMULA,
                "heldOn", now.toString().substring(0, 10)));
        act(api, "belgium", DOCUMENT + "/meetings", body("kind", "READING", "title", HOSTILE_HTML,
                "heldOn", now.toString().substring(0, 10)));
        act(api, "belgium", DOCUMENT + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ...;",
                "inputDeadline", now.plus(Duration.ofDays(10)).toString()));
        act(api, "mexico", DOCUMENT + "/inputs", body("onDraft", "zero", "comments", "@SUM(1)",
                "proposals", List.of(body("paragraph", "OP1", "action", "AMEND", "text", "-1+2"))));
        act(api, "secretariat", DOCUMENT + "/inputs", body("onDraft", "zero", "comments", "+1",
                "recordedFor", body("delegation", "ECU", "person", "@SUM(1)")));
        act(api, "qatar", DOCUMENT + "/revised-drafts", body("text", "PP1 Recalling ...\nOP1 Decides firmly ...;"));
        act(api, "belgium", DOCUMENT + "/silence-procedure", body("deadline", now.plus(Duration.ofDays(2)).toString()));
        act(api, "mexico", DOCUMENT + "/silence-procedure/breaks", body("reason", "-1+2"));
    }

    @Test
    void everyCsvExportOfEveryReportHoldsFormulasAsText() throws Exception {
        PageClient page = PageClient.signedIn(api.base(), "observer");
        Map<String, String> exports = new LinkedHashMap<>();
        for (String kind : List.of("timeline", "participation", "silence", "audit-trail")) {
            exports.put("API " + kind, api.get("observer", DOCUMENT + "/reports/" + kind + "?format=csv").raw().body());
            exports.put("page " + kind, page.page("/documents/" + ID + "/reports/" + kind + "?format=csv"));
        }
        for (String delegation : List.of("BEL", "MEX", "ECU")) {
            exports.put("API activity " + delegation, api.get("observer", "/api/delegations/" + delegation
                    + "/activity?format=csv").raw().body());
            exports.put("page activity " + delegation, page.page("/delegations/" + delegation + "/activity?format=csv"));
        }

        List<String> cells = new ArrayList<>();
        exports.forEach((export, csv) -> {
            List<CSVRecord> records = parse(csv);
            assertThat(records).as(export).isNotEmpty();
            records.forEach(record -> record.forEach(cell -> {
                assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
                        .as("%s: a spreadsheet would run the cell %s", export, cell).isTrue();
                cells.add(cell);
            }));
        });
        assertThat(cells).contains("Ecuador (@SUM(1))")
                .anySatisfy(cell -> assertThat(cell).startsWith("'" + FORMULA + " held on"));
        assertThat(exports.get("API timeline")).contains("\"'=HYPERLINK(\"\"x\"\") held on ");
        // the person recorded for a delegation is named after it, "Ecuador (@SUM(1))": kept whole, nothing to neutralize
        assertThat(exports.get("API audit-trail")).contains(",\"Ecuador (@SUM(1))\",");
        assertThat(exports.get("page activity BEL")).contains("\"'=HYPERLINK(\"\"x\"\") held on ");
    }

    @Test
    void markdownReportsShowHostileTextWithoutRawHtml() {
        for (String path : List.of(DOCUMENT + "/reports/timeline?format=md", DOCUMENT + "/reports/audit-trail?format=md",
                "/api/delegations/BEL/activity?format=md")) {
            String markdown = api.get("observer", path).raw().body();
            assertThat(markdown).as(path).contains("&lt;img src=x onerror=alert(1)&gt; \\| piped")
                    .doesNotContain("<img", HOSTILE_HTML);
        }
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
