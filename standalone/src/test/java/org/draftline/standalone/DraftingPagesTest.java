package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Drafting as drafters work (issue 14), through the pages without JavaScript: the wide editor previews the
 * numbering the rules will record, a text typed as its hint says reads into a title, a chapeau and numbered
 * paragraphs, a revision starts from the current text, the confirmation returns to the editor, and the
 * proposal forms show each paragraph's opening words and record a deletion without text.
 */
class DraftingPagesTest {

    /** Typed as the editor's hint says, with no Markdown at all. */
    private static final String ZERO_DRAFT = """
            Strengthening cooperation on disaster risk data

            The General Assembly,

            Recalling its resolution 69/283 on the Sendai Framework,

            1. Calls upon Member States to collect disaster loss data in a comparable manner;

            2. Requests the Secretary-General:

               (a) To report on the implementation of the present resolution;
            """;
    private static final String REVISION = ZERO_DRAFT.replace("collect disaster", "collect and publish disaster");

    private static ApiClient api;

    @BeforeAll
    static void server() {
        api = SharedServer.client();
    }

    @Test
    void theEditorPreviewsTheNumberingAndTheHintedTextIsRecordedAsPreviewed() {
        String document = appointed("drafting-editor-zero");
        PageClient belgium = PageClient.signedIn(api.base(), "belgium");
        String documentPage = belgium.page("/documents/" + document);
        assertThat(documentPage).contains("href=\"/documents/" + document + "/write/zero-draft\"");

        String editor = belgium.page("/documents/" + document + "/write/zero-draft");
        assertThat(text(editor)).contains("Write the zero draft", "A title on a first line of its own",
                "\"Preview the numbering\" shows the title");
        assertThat(editor).contains("<textarea id=\"zero-draft-editor-text\" name=\"text\"");

        HttpResponse<String> previewed = belgium.postForPage("/documents/" + document + "/write/zero-draft",
                typed(ZERO_DRAFT));
        assertThat(previewed.statusCode()).isEqualTo(200);
        String preview = text(section(previewed.body(), "preview"));
        assertThat(preview).contains("A title, a chapeau, 1 preambular and 2 operative paragraphs.",
                "Title Strengthening cooperation on disaster risk data", "Chapeau The General Assembly,",
                "PP1 Recalling its resolution 69/283", "OP1 Calls upon Member States",
                "OP2 Requests the Secretary-General:", "OP2(a) To report on the implementation");
        assertThat(previewed.body()).as("the text typed, kept in the editor")
                .contains(PageClient.escape("Calls upon Member States to collect disaster loss data"));
        assertThat(status(document).get("stage").asText()).as("a preview records nothing")
                .isEqualTo("CO_FACILITATORS_APPOINTED");

        HttpResponse<String> confirmation = belgium.postForPage("/documents/" + document + "/confirm/zero-draft",
                typed(ZERO_DRAFT));
        Map.Entry<String, List<Map.Entry<String, String>>> confirm = PageClient.form(confirmation.body(),
                "Confirm: circulate the zero draft");
        PageClient.Posted posted = belgium.post(confirm.getKey(), confirm.getValue());
        assertThat(posted.recorded()).as("%s", posted).isTrue();

        JsonNode zero = api.get("observer", "/api/documents/" + document + "/drafts/zero").body();
        assertThat(zero.get("title").asText()).isEqualTo("Strengthening cooperation on disaster risk data");
        assertThat(zero.get("chapeau").asText()).isEqualTo("The General Assembly,");
        List<String> labels = new ArrayList<>();
        zero.get("paragraphs").forEach(paragraph -> labels.add(paragraph.get("label").asText()));
        assertThat(labels).containsExactly("PP1", "OP1", "OP2", "OP2(a)");
    }

    @Test
    void thePreviewNamesTheLineWhereTheReadingStops() {
        String document = appointed("drafting-editor-refused");
        PageClient belgium = PageClient.signedIn(api.base(), "belgium");

        String preview = text(section(belgium.postForPage("/documents/" + document + "/write/zero-draft",
                typed("The General Assembly,\n\n1. Decides to convene a meeting;\n\n3. Requests a report.")).body(),
                "preview"));

        assertThat(preview).contains("It cannot be circulated as it is:",
                "line 5 \"3. Requests a report.\" is operative paragraph 3; expected 2");
        assertThat(preview).doesNotContain("OP1 Decides");
    }

    @Test
    void aRevisionStartsFromTheCurrentTextAndGoingBackFromItsConfirmationReturnsToTheEditor() {
        String document = appointed("drafting-editor-revision");
        act(api, "belgium", "/api/documents/" + document + "/zero-draft", body("text", ZERO_DRAFT));
        PageClient qatar = PageClient.signedIn(api.base(), "qatar");

        String editor = qatar.page("/documents/" + document + "/write/revised-draft");
        assertThat(text(editor)).contains("Write a revised draft", "It starts from the text of Zero draft as circulated");
        assertThat(editor).contains(">" + PageClient.escape(ZERO_DRAFT.strip()) + "</textarea>");
        assertThat(text(section(editor, "preview"))).as("the current text, previewed at once")
                .contains("OP2(a) To report on the implementation");

        HttpResponse<String> confirmation = qatar.postForPage("/documents/" + document + "/confirm/revised-draft",
                typed(REVISION));
        assertThat(text(confirmation.body())).contains("Circulate Rev.1?", "collect and publish disaster");
        Map.Entry<String, List<Map.Entry<String, String>>> change = PageClient.form(confirmation.body(),
                "Go back and change it");
        HttpResponse<String> back = qatar.postForPage(change.getKey(), change.getValue());

        assertThat(back.headers().firstValue("Location").orElseThrow())
                .endsWith("/documents/" + document + "/write/revised-draft#revised-draft");
        String again = qatar.page("/documents/" + document + "/write/revised-draft");
        assertThat(again).contains(">" + PageClient.escape(REVISION.strip()));
        assertThat(status(document).get("currentDraft").asText()).as("nothing recorded").isEqualTo("zero");
    }

    @Test
    void anObserverReadsTheEditorButIsNotOfferedToCirculate() {
        String document = appointed("drafting-editor-observer");

        String editor = PageClient.signedIn(api.base(), "observer").page("/documents/" + document
                + "/write/zero-draft");

        assertThat(text(editor)).contains("Not offered to you now.");
        assertThat(editor).containsPattern("<button type=\"submit\" disabled=\"disabled\">Circulate the zero draft");
        assertThat(PageClient.signedIn(api.base(), "belgium").get("/documents/" + document + "/write/silence")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void theParagraphChoiceShowsOpeningWordsAndADeletionIsRecordedWithoutText() {
        String document = appointed("drafting-picker");
        act(api, "belgium", "/api/documents/" + document + "/zero-draft", body("text", ZERO_DRAFT));
        PageClient mexico = PageClient.signedIn(api.base(), "mexico");

        String page = mexico.page("/documents/" + document);
        assertThat(page).contains(">OP1 \u2014 Calls upon Member States to collect disaster loss data \u2026<",
                ">OP2(a) \u2014 To report on the implementation of the present resolution;<",
                "data-wording=\"" + PageClient.escape("Calls upon Member States to collect disaster loss data in a"
                        + " comparable manner;") + "\"");

        PageClient.Posted posted = mexico.post("/documents/" + document + "/inputs", List.of(entry("onDraft", "zero"),
                entry("comments", ""), entry("paragraph", "OP1"), entry("action", "DELETE"),
                entry("proposalText", "Calls upon Member States to collect disaster loss data in a comparable manner;")));

        assertThat(posted.recorded()).as("%s", posted).isTrue();
        JsonNode proposal = api.get("observer", "/api/documents/" + document + "/inputs").body().at("/0/proposals/0");
        assertThat(proposal.get("action").asText()).isEqualTo("DELETE");
        assertThat(proposal.path("text").isNull() || proposal.path("text").isMissingNode()).isTrue();
    }

    /** The redline between two texts typed as the hint says compares paragraphs, not a title or chapeau. */
    @Test
    void theNextRedlineComparesParagraphsOnly() {
        String document = appointed("drafting-redline");
        act(api, "belgium", "/api/documents/" + document + "/zero-draft", body("text", ZERO_DRAFT));
        act(api, "qatar", "/api/documents/" + document + "/revised-drafts", body("text", REVISION.replace(
                "2. Requests", "2. Encourages regional cooperation;\n\n3. Requests")));

        JsonNode redline = api.get("observer", "/api/documents/" + document + "/drafts/zero/compare?with=rev1")
                .body();

        List<String> fates = new ArrayList<>();
        redline.get("paragraphs").forEach(change -> fates.add(change.get("status").asText() + " "
                + change.path("fromLabel").asText("-") + ">" + change.path("toLabel").asText("-")
                + (change.path("mergedInto").isTextual() ? " merged into " + change.get("mergedInto").asText() : "")));
        assertThat(fates).contains("UNCHANGED PP1>PP1", "MODIFIED OP1>OP1", "ADDED ->OP2", "UNCHANGED OP2>OP3")
                .noneMatch(fate -> fate.contains("merged") || fate.contains("PP2"));
    }

    private static List<Map.Entry<String, String>> typed(String text) {
        return List.of(entry("editor", "wide"), entry("text", text), entry("inputDeadline", ""),
                entry("inputDeadlineZone", "America/New_York"), entry("occurredAt", ""));
    }

    private static String appointed(String document) {
        act(api, "secretariat", "/api/documents", body("id", document, "title", "Drafting " + document, "kind",
                "RESOLUTION", "body", "General Assembly"));
        act(api, "secretariat", "/api/documents/" + document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        return document;
    }

    private static JsonNode status(String document) {
        return api.get("observer", "/api/documents/" + document).body();
    }

    private static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("the section %s", id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String text(String html) {
        return PageClient.text(html);
    }
}
