package org.draftline.standalone;

import org.draftline.api.document.DocumentEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * What people read says things in words (issue 14, items 6 and 8): no rule or enum codes, event class names
 * or machine time stamps on the pages or in the HTML reports; refusals in sentences; the address made from
 * the title; the appointment letter, the representatives' names, italics and links back where a reader
 * looks for them. One negotiation, registered and appointed through the pages, the rest through the API.
 */
class PlainWordsTest {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern MACHINE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final List<String> EVENT_CLASSES = Arrays.stream(DocumentEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName).toList();
    private static final String TITLE = "Plain words: declaration on rural connectivity " + System.nanoTime() % 100_000;
    private static final String DRAFT = """
            The General Assembly,

            *Recalling* its resolution 69/283,

            1. Decides to share data through regional mechanisms;
            """;

    private static ApiClient api;
    private static PageClient secretariat;
    private static PageClient mexico;
    private static String document;

    @BeforeAll
    static void negotiation() {
        api = SharedServer.client();
        secretariat = PageClient.signedIn(api.base(), "secretariat");
        mexico = PageClient.signedIn(api.base(), "mexico");

        PageClient.Posted registered = secretariat.post("/documents", List.of(entry("id", ""), entry("title", TITLE),
                entry("kind", "DECLARATION"), entry("body", "General Assembly"), entry("visibility", "PUBLIC")));
        assertThat(registered.recorded()).as("%s", registered).isTrue();
        document = registered.location().replaceAll(".*/documents/([^?]+)\\?.*", "$1");

        PageClient.Posted observerState = secretariat.post("/documents/" + document + "/co-facilitators",
                List.of(entry("delegation", "VAT"), entry("representative", ""), entry("letter", "")));
        assertThat(observerState.recorded()).isFalse();
        assertThat(observerState.problem()).contains("Holy See is an observer state");
        PageClient.Posted appointed = secretariat.post("/documents/" + document + "/co-facilitators",
                List.of(entry("delegation", "BEL"), entry("representative", "Philippe Kridelka"),
                        entry("delegation", "QAT"), entry("representative", ""),
                        entry("letter", "Letter of the President of the General Assembly, 3 January")));
        assertThat(appointed.recorded()).as("%s", appointed).isTrue();

        String path = "/api/documents/" + document;
        act(api, "belgium", path + "/zero-draft", body("text", DRAFT, "inputDeadline", FormsKeepEveryWordTest.inDays(5)));
        act(api, "mexico", path + "/inputs", body("onDraft", "zero", "proposals", List.of(body("paragraph", "OP1",
                "action", "AMEND", "text", "Decides to share data, *in particular loss data*, regionally;"))));
        act(api, "qatar", path + "/revised-drafts", body("text", DRAFT.replace("Decides", "Decides again")));
        act(api, "belgium", path + "/silence-procedure", body("deadline", FormsKeepEveryWordTest.inDays(3)));
        act(api, "mexico", path + "/silence-procedure/breaks", body("reason", "Mexico cannot join consensus"));
    }

    @Test
    void theAddressIsMadeFromTheTitle() {
        assertThat(document).startsWith("plain-words-declaration-on-rural-connectivity-");
    }

    @Test
    void pagesAndHtmlReportsSayEverythingInWords() {
        Map<String, String> read = new LinkedHashMap<>();
        String page = "/documents/" + document;
        read.put("the document page (secretariat)", secretariat.page(page));
        read.put("the document page (Mexico)", mexico.page(page));
        read.put("the compilation of the zero draft", mexico.page(page + "?compilation=zero"));
        read.put("the audit trail", secretariat.page(page + "/history"));
        read.put("the dashboard", secretariat.page("/"));
        read.put("Mexico's page", mexico.page("/delegations/MEX"));
        for (String report : List.of("timeline", "participation", "silence", "audit-trail")) {
            read.put("the " + report + " report", secretariat.page(page + "/reports/" + report + "?format=html"));
        }
        read.forEach((what, html) -> {
            String text = words(html);
            assertThat(codes(CODE, text)).as("codes in %s", what).isEmpty();
            assertThat(codes(MACHINE_TIME, text)).as("machine times in %s", what).isEmpty();
            assertThat(EVENT_CLASSES).as("event class names in %s", what).noneMatch(name -> text.contains(name));
        });
        assertThat(words(read.get("the document page (Mexico)"))).contains("Silence broken", "New York time (");
        assertThat(words(read.get("the timeline report"))).contains("New York time (", " UTC)");
        assertThat(words(read.get("the audit-trail report"))).contains("Document registered", "Silence broken");
    }

    @Test
    void aRefusalOnAPageIsASentence() {
        PageClient.Posted late = mexico.post("/documents/" + document + "/inputs",
                List.of(entry("onDraft", "zero"), entry("comments", "Late thoughts")));

        assertThat(late.recorded()).isFalse();
        assertThat(late.problem()).contains("A newer draft has been circulated since")
                .doesNotContain("DRAFT_SUPERSEDED");
        ApiClient.Answer api = PlainWordsTest.api.post("mexico", "/api/documents/" + document + "/inputs",
                body("onDraft", "zero", "comments", "Late thoughts"));
        assertThat(api.code()).isEqualTo("DRAFT_SUPERSEDED");
        assertThat(api.body().path("plain").asText()).startsWith("A newer draft has been circulated since: input answers the current draft.");
    }

    @Test
    void theAuditTrailNumbersActsFromOne() {
        String history = secretariat.page("/documents/" + document + "/history");
        assertThat(history).contains("<td>1</td>").doesNotContain("<td>0</td>");
    }

    @Test
    void onlyTheSecretariatIsAskedWhenAnActHappened() {
        String page = "/documents/" + document;
        assertThat(mexico.page(page)).doesNotContain("name=\"occurredAt\"");
        assertThat(secretariat.page(page)).contains("type=\"datetime-local\" id=\"appoint-occurredAt\" name=\"occurredAt\"",
                "name=\"occurredAtZone\"");
    }

    @Test
    void theRecordShowsTheLetterAndTheReplacementKeepsTheNames() {
        String page = secretariat.page("/documents/" + document);
        assertThat(words(page)).contains("Appointed by Letter of the President of the General Assembly, 3 January");
        assertThat(page).containsPattern("id=\"appoint-representative-1\" name=\"representative\"\\s+value=\"Philippe Kridelka\"");
        assertThat(page).doesNotContain("<option value=\"VAT\"");
    }

    @Test
    void proposalsShowTheirItalicsAndAnEmptyCompilationDoesNotRepeatTheText() {
        String zero = mexico.page("/documents/" + document + "?compilation=zero");
        assertThat(zero).contains("<em>in particular loss data</em>").doesNotContain("*in particular loss data*");
        String rev1 = mexico.page("/documents/" + document + "?compilation=rev1");
        String compilation = rev1.substring(rev1.indexOf("id=\"compilation-section\""));
        compilation = compilation.substring(0, compilation.indexOf("</section>"));
        assertThat(compilation).contains("No proposals on this version yet").doesNotContain("Decides again");
    }

    @Test
    void htmlReportsLinkBackAndThePagesHaveAnIcon() throws Exception {
        String report = secretariat.page("/documents/" + document + "/reports/timeline?format=html");
        assertThat(report).contains("<a href=\"/documents/" + document + "\">Back to the document</a>");
        assertThat(secretariat.page("/")).contains("rel=\"icon\"");
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.base() + "/favicon.ico")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    /**
     * The text a reader sees: no script, style or tags, with Thymeleaf's escapes read back. A report's seal is
     * left out: it prints the signed statement's time exactly as it was signed, for anyone to check the signature.
     */
    private static String words(String html) {
        String visible = html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<p class=\"seal\">.*?</p>", " ").replaceAll("(?s)<[^>]+>", " ");
        return PageClient.unescape(visible).replaceAll("\\s+", " ");
    }

    private static List<String> codes(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 20)));
        }
        return found;
    }
}
