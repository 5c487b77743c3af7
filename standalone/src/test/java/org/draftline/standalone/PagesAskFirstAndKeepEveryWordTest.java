package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.PageClient.text;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * The document page without JavaScript, as a browser posts its forms (issue 14): an irreversible act shows
 * what it will do and asks for confirmation, carrying every typed word to the act or back to the form; a form
 * refused, or no longer offered, comes back with every word and says why; a broken silence reads broken on
 * the page, the dashboard and the reports.
 */
class PagesAskFirstAndKeepEveryWordTest {

    private static final String DRAFT = """
            The General Assembly,

            *Recalling* its resolution 69/283 on the Sendai Framework,

            1. Decides to share data, in particular loss data, through regional mechanisms;

            2. Requests the Secretary-General to report on it;
            """;
    private static final String REVISION = DRAFT.replace("Decides to share", "Decides to share & publish");
    private static final String AMENDMENT = "Decides to share data \"where appropriate\", through regional mechanisms;";

    private static ApiClient api;

    @BeforeAll
    static void server() {
        api = SharedServer.client();
    }

    @Test
    void circulatingARevisedDraftShowsWhatItDoesAndRecordsNothingUntilConfirmed() {
        String document = withZeroDraft("ask-first-revision", FormsKeepEveryWordTest.inDays(5));
        PageClient belgium = PageClient.signedIn(api.base(), "belgium");
        String documentPage = belgium.page("/documents/" + document);
        assertThat(documentPage).contains("action=\"/documents/" + document + "/confirm/revised-draft\"");

        HttpResponse<String> confirmation = belgium.postForPage("/documents/" + document + "/confirm/revised-draft",
                List.of(entry("text", REVISION), entry("inputDeadline", ""), entry("inputDeadlineZone",
                        "America/New_York"), entry("occurredAt", "")));

        assertThat(confirmation.statusCode()).isEqualTo(200);
        String page = text(confirmation.body());
        assertThat(page).contains("Circulate Rev.1?", "Rev.1 replaces Zero draft as the text under negotiation",
                "cannot be undone", "The input window closes early.",
                "The window for written input on Zero draft is still open: it was announced to close");
        assertThat(confirmation.body()).contains("name=\"_csrf\"");
        assertThat(status(document).get("currentDraft").asText()).as("nothing recorded before Confirm")
                .isEqualTo("zero");

        Map.Entry<String, List<Map.Entry<String, String>>> confirm = PageClient.form(confirmation.body(),
                "Confirm: circulate Rev.1");
        assertThat(confirm.getKey()).isEqualTo("/documents/" + document + "/revised-drafts");
        assertThat(confirm.getValue()).contains(entry("text", REVISION));
        PageClient.Posted posted = belgium.post(confirm.getKey(), confirm.getValue());

        assertThat(posted.recorded()).as("%s", posted).isTrue();
        JsonNode status = status(document);
        assertThat(status.get("currentDraft").asText()).isEqualTo("rev1");
        assertThat(status.at("/inputWindow/open").asBoolean()).isFalse();
        JsonNode draft = api.get("observer", "/api/documents/" + document + "/drafts/rev1").body();
        assertThat(draft.toString()).contains("share & publish");
    }

    @Test
    void goingBackFromAConfirmationBringsTheFormBackWithEveryWord() {
        String document = underSilence("ask-first-change");
        PageClient mexico = PageClient.signedIn(api.base(), "mexico");
        List<Map.Entry<String, String>> typed = List.of(entry("reason", "Mexico cannot join,\nfor two reasons"),
                entry("paragraph", "OP1"), entry("action", "AMEND"), entry("proposalText", AMENDMENT),
                entry("paragraph", "OP2"), entry("action", "DELETE"), entry("proposalText", ""),
                entry("onBehalfOf", ""), entry("occurredAt", ""));

        HttpResponse<String> confirmation = mexico.postForPage("/documents/" + document + "/confirm/break-silence",
                typed);
        assertThat(text(confirmation.body())).contains("Break the silence on Rev.1?",
                "Mexico breaks the silence on Rev.1", "the text goes back to consultations",
                "OP1: amend to read \u201c" + AMENDMENT + "\u201d", "OP2: delete it");

        Map.Entry<String, List<Map.Entry<String, String>>> change = PageClient.form(confirmation.body(),
                "Go back and change it");
        assertThat(change.getValue()).containsExactlyInAnyOrderElementsOf(typed);
        PageClient.Posted back = mexico.post(change.getKey(), change.getValue());
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.location()).endsWith("/documents/" + document + "#break-silence");

        assertThat(status(document).get("stage").asText()).as("nothing recorded").isEqualTo("UNDER_SILENCE");
        // the redirect keeps the typed words for the next view of the page, which the client took above
        assertThat(back.problem()).isEmpty();
    }

    @Test
    void theFormComesBackWithEveryWordOnThePageAfterGoingBack() {
        String document = underSilence("ask-first-back-page");
        PageClient mexico = PageClient.signedIn(api.base(), "mexico");
        mexico.postForPage("/documents/" + document + "/confirm/break-silence/change", List.of(
                entry("reason", "Mexico cannot join"), entry("paragraph", "OP1"), entry("action", "AMEND"),
                entry("proposalText", AMENDMENT), entry("paragraph", "OP2"), entry("action", "DELETE"),
                entry("proposalText", "")));

        String page = mexico.page("/documents/" + document);
        String form = card(page, "break-silence");
        assertThat(form).contains(">Mexico cannot join</textarea>", PageClient.escape(AMENDMENT));
        assertThat(selected(form, "paragraph")).containsExactly("OP1", "OP2");
        assertThat(selected(form, "action")).containsExactly("AMEND", "DELETE");
    }

    @Test
    void inputOnADraftSupersededWhileItWasTypedComesBackWithEveryWordAndSaysWhy() {
        String document = withZeroDraft("keep-superseded-input", null);
        PageClient mexico = PageClient.signedIn(api.base(), "mexico");
        assertThat(mexico.page("/documents/" + document)).contains("Submit input on Zero draft");
        act(api, "qatar", "/api/documents/" + document + "/revised-drafts", body("text", REVISION.replace(
                "2. Requests", "2. Invites Member States to contribute;\n\n3. Requests")));

        HttpResponse<String> refused = mexico.postForPage("/documents/" + document + "/inputs", List.of(
                entry("onDraft", "zero"), entry("comments", "Mexico's comments, in full"),
                entry("paragraph", "OP1"), entry("action", "AMEND"), entry("proposalText", AMENDMENT),
                entry("paragraph", "PP1"), entry("action", "DELETE"), entry("proposalText", "")));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("#input");
        String page = mexico.page("/documents/" + document);
        assertThat(page).doesNotContain("Submit input on Zero draft");
        String form = card(page, "input");
        assertThat(text(form)).contains("Submit input on Rev.1", "Not recorded.");
        assertThat(form).contains(">Mexico&#39;s comments, in full</textarea>", PageClient.escape(AMENDMENT));
        assertThat(selected(form, "paragraph")).containsExactly("OP1", "PP1");
        assertThat(selected(form, "action")).containsExactly("AMEND", "DELETE");
    }

    @Test
    void aFormNoLongerOfferedIsKeptWithEveryWordAndItsButtonOff() {
        String document = underSilence("keep-unoffered-break");
        act(api, "mexico", "/api/documents/" + document + "/silence-procedure/breaks", body("reason",
                "Mexico cannot join"));
        act(api, "qatar", "/api/documents/" + document + "/revised-drafts", body("text", REVISION.replace(
                "report on it", "report on it by 2028")));
        PageClient ecuador = PageClient.signedIn(api.base(), "ecuador");

        HttpResponse<String> refused = ecuador.postForPage("/documents/" + document + "/silence/breaks", List.of(
                entry("reason", "Ecuador objects to OP1, as drafted"), entry("paragraph", "OP1"),
                entry("action", "AMEND"), entry("proposalText", AMENDMENT)));

        assertThat(refused.headers().firstValue("Location").orElseThrow()).doesNotContain("acted=");
        String page = ecuador.page("/documents/" + document);
        String form = card(page, "break-silence");
        assertThat(text(form)).contains("No longer offered.", "The silence procedure is over (broken)",
                "What you typed is kept below");
        assertThat(form).contains(">Ecuador objects to OP1, as drafted</textarea>", PageClient.escape(AMENDMENT),
                "disabled");
    }

    @Test
    void aBrokenSilenceReadsBrokenOnThePageTheDashboardAndTheReports() {
        String document = underSilence("broken-reads-broken");
        act(api, "mexico", "/api/documents/" + document + "/silence-procedure/breaks", body("reason",
                "Mexico cannot join on OP1", "proposals", List.of(body("paragraph", "OP1", "action", "AMEND",
                        "text", AMENDMENT))));
        PageClient belgium = PageClient.signedIn(api.base(), "belgium");

        String page = belgium.page("/documents/" + document);
        String silence = text(section(page, "silence"));
        assertThat(silence).contains("Silence procedure 1 on Rev.1: broken", "Silence broken by Mexico",
                "The text goes back to consultations", "Mexico cannot join on OP1",
                "OP1: amend to read \u201c" + AMENDMENT + "\u201d", "Other delegations may still put an objection on record until");
        assertThat(silence).doesNotContain("Running", "left");
        assertThat(section(page, "silence")).doesNotContain("data-deadline");
        assertThat(text(page)).contains("Next deadline none: silence was broken by Mexico");

        String dashboard = text(belgium.page("/?title=Broken+reads+broken+silence"));
        assertThat(dashboard).contains("none: silence broken by Mexico").doesNotContain("Silence ends");

        JsonNode silenceLog = api.get("observer", "/api/documents/" + document + "/reports/silence?format=json").body();
        JsonNode row = silenceLog.at("/sections/0/rows/0");
        assertThat(row.get(5).asText()).contains("Mexico", "Mexico cannot join on OP1",
                "(amendments: OP1 amend to read \"" + AMENDMENT + "\")");
        assertThat(row.get(6).asText()).startsWith("broken (further objections taken until ");

        JsonNode participation = api.get("observer", "/api/documents/" + document
                + "/reports/participation?format=json").body();
        List<String> mexicoOnRev1 = new ArrayList<>();
        participation.at("/sections/0/rows").forEach(r -> {
            if (r.get(0).asText().equals("Rev.1") && r.get(1).asText().equals("MEX")) {
                r.forEach(cell -> mexicoOnRev1.add(cell.asText()));
            }
        });
        assertThat(mexicoOnRev1).as("Mexico on Rev.1: its break and the amendment that came with it")
                .containsExactly("Rev.1", "MEX", "Mexico", "", "0", "1", "0", "0", "0", "0", "1", "0");
    }

    @Test
    void withdrawalComesLastAndTheNextStepFirst() {
        String document = withZeroDraft("next-step-first", null);
        act(api, "qatar", "/api/documents/" + document + "/revised-drafts", body("text", REVISION));
        PageClient belgium = PageClient.signedIn(api.base(), "belgium");

        List<String> cards = cards(section(belgium.page("/documents/" + document), "actions"));
        assertThat(cards.get(0)).isEqualTo("start-silence");
        assertThat(cards.get(cards.size() - 1)).isEqualTo("withdraw");
        assertThat(cards).containsSubsequence("start-silence", "revised-draft", "final-draft", "input-window",
                "meeting", "withdraw");

        PageClient mexico = PageClient.signedIn(api.base(), "mexico");
        assertThat(cards(section(mexico.page("/documents/" + document), "actions"))).containsExactly("input");
    }

    @Test
    void theDashboardSaysFirstWhatNeedsTheAccountsAttention() {
        String document = withZeroDraft("attention-input-due", FormsKeepEveryWordTest.inDays(4));
        String search = "/?title=Attention+input+due+silence";

        String mexico = text(PageClient.signedIn(api.base(), "mexico").page(search));
        assertThat(mexico).containsSubsequence("Search by title", "Needs your attention", "Attention input due silence",
                "Input due on Zero draft", "left");
        assertThat(mexico).doesNotContain("You co-facilitate");

        String belgium = text(PageClient.signedIn(api.base(), "belgium").page(search));
        assertThat(belgium).contains("Input is coming in on your text", "You co-facilitate this document");
        assertThat(text(PageClient.signedIn(api.base(), "observer").page(search))).doesNotContain(
                "Needs your attention");
        assertThat(status(document).get("stage").asText()).isEqualTo("ZERO_DRAFT");
    }

    private static String withZeroDraft(String document, String inputDeadline) {
        act(api, "secretariat", "/api/documents", body("id", document, "title", titleOf(document), "kind",
                "DECLARATION", "body", "General Assembly"));
        act(api, "secretariat", "/api/documents/" + document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api, "belgium", "/api/documents/" + document + "/zero-draft", inputDeadline == null
                ? body("text", DRAFT) : body("text", DRAFT, "inputDeadline", inputDeadline));
        return document;
    }

    private static String underSilence(String document) {
        withZeroDraft(document, null);
        act(api, "qatar", "/api/documents/" + document + "/revised-drafts", body("text", REVISION));
        act(api, "belgium", "/api/documents/" + document + "/silence-procedure", body("deadline",
                FormsKeepEveryWordTest.inDays(3)));
        return document;
    }

    /** "broken-reads-broken" becomes "Broken reads broken silence", a title the dashboard's search finds. */
    private static String titleOf(String document) {
        String words = document.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " silence";
    }

    private static JsonNode status(String document) {
        return api.get("observer", "/api/documents/" + document).body();
    }

    /** The card of the act {@code id} in the page's panel of acts. */
    private static String card(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the card %s", id).isPositive();
        int end = page.indexOf("</form>", start);
        return page.substring(page.lastIndexOf("<div", start), end);
    }

    private static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("the section %s", id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    /** The ids of the cards of acts, in the order the page shows them. */
    private static List<String> cards(String actions) {
        Matcher card = Pattern.compile("<div id=\"([a-z-]+)\" class=\"card action").matcher(actions);
        List<String> ids = new ArrayList<>();
        while (card.find()) {
            ids.add(card.group(1));
        }
        return ids;
    }

    /** The option selected in each select named {@code name}, in order. */
    private static List<String> selected(String form, String name) {
        Matcher select = Pattern.compile("<select[^>]*name=\"" + name + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(form);
        List<String> chosen = new ArrayList<>();
        while (select.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(select.group(1));
            chosen.add(option.find() ? option.group(1) : "");
        }
        return chosen;
    }
}
