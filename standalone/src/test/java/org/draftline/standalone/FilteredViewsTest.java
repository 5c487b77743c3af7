package org.draftline.standalone;

import org.draftline.api.report.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.PageClient.text;
import static org.draftline.standalone.SeedNegotiations.body;
import static org.draftline.standalone.SeedNegotiations.record;

/**
 * Filters that explain themselves (issue 14, item 7), as a browser without JavaScript gets the pages: a wrong
 * filter value on the audit trail is named and the other filters still apply; the date pickers' days are New
 * York days; every filtered view and every redline has an address of its own, and the audit trail downloads
 * in every report format with the filters it shows.
 */
class FilteredViewsTest {

    private static final String DOCUMENT = "filters-explain-themselves";
    private static final String HISTORY = "/documents/" + DOCUMENT + "/history";
    private static final String ZERO_DRAFT = """
            The General Assembly,

            1. Decides to convene a high-level meeting;

            2. Requests the President to organize it;
            """;

    private static ApiClient api;
    private static PageClient mexico;

    @BeforeAll
    static void negotiation() {
        api = SharedServer.client();
        String document = "/api/documents/" + DOCUMENT;
        record(api, "secretariat", "/api/documents", body("id", DOCUMENT, "title", "Filters explain themselves",
                "kind", "RESOLUTION", "body", "General Assembly", "occurredAt", "2017-01-09T10:00:00-05:00"));
        record(api, "secretariat", document + "/co-facilitators", body("coFacilitators", List.of(
                body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-01-12T10:00:00-05:00"));
        record(api, "belgium", document + "/zero-draft", body("text", ZERO_DRAFT,
                "occurredAt", "2017-02-01T12:00:00-05:00"));
        record(api, "mexico", document + "/inputs", body("onDraft", "zero", "comments", "Mexico welcomes the zero draft.",
                "occurredAt", "2017-02-08T16:00:00-05:00"));
        // late in the evening in New York: already 11 February in UTC
        record(api, "eu", document + "/inputs", body("onDraft", "zero", "comments", "The European Union supports OP1.",
                "occurredAt", "2017-02-10T21:00:00-05:00"));
        record(api, "qatar", document + "/revised-drafts", body("text", ZERO_DRAFT.replace("convene", "hold"),
                "occurredAt", "2017-03-01T12:00:00-05:00"));
        mexico = PageClient.signedIn(api.base(), "mexico");
    }

    @Test
    void aWrongFilterValueIsNamedBesideItsFieldAndTheOtherFiltersStillApply() {
        HttpResponse<String> answer = mexico.get(HISTORY + "?type=InputSubmitted&delegation=XXX&from=yesterday");

        assertThat(answer.statusCode()).isEqualTo(200);
        String page = answer.body();
        assertThat(text(page)).contains("Not applied: Delegation: unknown delegation 'XXX'; Happened from: 'yesterday' "
                + "is not a date such as 2017-06-05", "2 acts match", "Mexico submitted input on Zero draft",
                "European Union submitted input on Zero draft");
        assertThat(page).contains("id=\"history-delegation-error\"", "id=\"history-from-error\"")
                .doesNotContain("id=\"history-type-error\"");
        assertThat(page).containsPattern("id=\"history-delegation\"[^>]*aria-invalid=\"true\"");
        // delegations are chosen by name; the typed days come back in their pickers
        assertThat(page).contains("<option value=\"MEX\">Mexico</option>", "type=\"date\" id=\"history-from\"",
                "type=\"datetime-local\" id=\"history-asOf\"");
    }

    @Test
    void thePickersDaysAreNewYorkDaysAndToIncludesItsDay() {
        String page = text(mexico.page(HISTORY + "?type=InputSubmitted&from=2017-02-10&to=2017-02-10"));

        assertThat(page).contains("1 act matches", "European Union submitted input on Zero draft")
                .doesNotContain("Mexico submitted input");
        // the API's bare date is the start of that day in UTC, as its contract says
        com.fasterxml.jackson.databind.JsonNode api10February = api.get("observer", "/api/documents/" + DOCUMENT
                + "/history?type=InputSubmitted&to=2017-02-10").body();
        assertThat(api10February.get("totalEntries").asInt()).isEqualTo(1);
        assertThat(api10February.at("/entries/0/delegation").asText()).isEqualTo("MEX");
    }

    @Test
    void aFilteredViewHasAnAddressAndDownloadsInEveryReportFormatWithItsFilters() {
        String page = mexico.page(HISTORY + "?type=InputSubmitted&delegation=EU&to=2017-02-10&from=not-a-day");

        String address = PageClient.unescape(attribute(page, "class=\"share-link\"", "href"));
        assertThat(address).as("the view as shown: the refused filter left out")
                .isEqualTo(HISTORY + "?type=InputSubmitted&delegation=EU&to=2017-02-10");
        assertThat(text(mexico.page(address))).contains("1 act matches", "European Union submitted input on Zero draft")
                .doesNotContain("Not applied");

        List<String> downloads = downloads(page);
        assertThat(downloads).hasSize(ReportFormat.values().length);
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(downloads).contains("/documents/" + DOCUMENT + "/reports/audit-trail?format=" + format.extension()
                    + "&type=InputSubmitted&delegation=EU&to=2017-02-10");
        }
        HttpResponse<String> csv = mexico.get("/documents/" + DOCUMENT + "/reports/audit-trail?format=csv"
                + "&type=InputSubmitted&delegation=EU&to=2017-02-10");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("European Union submitted input on Zero draft").doesNotContain("Mexico submitted input");
        assertThat(mexico.get("/documents/" + DOCUMENT + "/reports/audit-trail?format=csv&delegation=XXX").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aRedlineHasAnAddressForAnyTwoVersions() {
        String page = mexico.page("/documents/" + DOCUMENT + "/compare?from=rev1&to=zero");

        String address = PageClient.unescape(attribute(page, "class=\"share-link\"", "href"));
        assertThat(address).isEqualTo("/documents/" + DOCUMENT + "/compare?from=rev1&to=zero");
        assertThat(text(mexico.page(address))).contains("Rev.1 → Zero draft", "hold", "convene");
    }

    @Test
    void theDashboardSearchesByTitleFirstFoldsTheOtherFiltersAndMarksTheDocumentsTheAccountFollows() {
        String page = mexico.page("/?title=Filters+explain");

        assertThat(text(page)).contains("Filters explain themselves", "Mexico takes part: you follow this document");
        assertThat(text(PageClient.signedIn(api.base(), "ecuador").page("/?title=Filters+explain")))
                .contains("Filters explain themselves").doesNotContain("you follow this document");
        assertThat(text(PageClient.signedIn(api.base(), "belgium").page("/?title=Filters+explain")))
                .contains("You co-facilitate this document").doesNotContain("you follow this document");
        assertThat(page).containsSubsequence("id=\"filter-title\"", "<details class=\"more-filters\"", "id=\"filter-stage\"");
        assertThat(page).doesNotContain("<details class=\"more-filters\" data-open-wide open");
        assertThat(mexico.page("/?stage=REVISED_DRAFT&title=Filters+explain"))
                .contains("<details class=\"more-filters\" data-open-wide open");
    }

    private static List<String> downloads(String page) {
        int links = page.indexOf("Download this view:");
        assertThat(links).as("the download links").isPositive();
        Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(page.substring(links, page.indexOf("</p>", links)));
        List<String> addresses = new ArrayList<>();
        while (href.find()) {
            addresses.add(PageClient.unescape(href.group(1)));
        }
        return addresses;
    }

    private static String attribute(String page, String marker, String name) {
        int at = page.indexOf(marker);
        assertThat(at).as("%s in the page", marker).isPositive();
        String tag = page.substring(page.lastIndexOf('<', at), page.indexOf('>', at));
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tag);
        assertThat(value.find()).as("%s of %s", name, tag).isTrue();
        return value.group(1);
    }
}
