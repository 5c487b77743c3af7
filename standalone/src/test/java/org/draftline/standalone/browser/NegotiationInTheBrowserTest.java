package org.draftline.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.draftline.standalone.BrowserTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as people use them, in a real browser against the real server (with the demo example loaded):
 * a co-facilitator circulates a zero draft, a delegate submits input, silence is broken while the
 * co-facilitator's open page shows it live, and the redline and a report open. Screenshots of the main
 * pages are left under {@code target/screenshots}.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class NegotiationInTheBrowserTest {

    private static final String ZERO_DRAFT = """
            # Strengthening cooperation on disaster risk data

            The General Assembly,

            *Recalling* its resolution 69/283 on the Sendai Framework for Disaster Risk Reduction,

            *Noting with concern* that data on disaster losses remain incomplete in many regions,

            1. Calls upon Member States to collect disaster loss data in a comparable manner;

            2. Encourages Member States to share disaster risk data through regional mechanisms;

            3. Requests the Secretary-General to report on the implementation of the present resolution.
            """;

    private static final String REVISED_DRAFT = """
            # Strengthening cooperation on disaster risk data

            The General Assembly,

            *Recalling* its resolution 69/283 on the Sendai Framework for Disaster Risk Reduction,

            *Noting with grave concern* that data on disaster losses remain incomplete in many regions,

            1. Calls upon Member States to collect and publish disaster loss data in a comparable manner;

            2. Urges Member States to share disaster risk data through regional and international mechanisms;

            3. Requests the Secretary-General to report on the implementation of the present resolution.
            """;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static BrowserTestServer server;
    private static String base;
    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void startServer() throws IOException {
        Browsers.assumeInstalled();
        Path dataDir = Files.createTempDirectory("draftline-browser");
        server = BrowserTestServer.start(dataDir, "--spring.profiles.active=demo");
        base = server.base();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** A script or style the policy blocks breaks the pages silently (live updates, forms): none may be. */
    @AfterEach
    void closeBrowsers() {
        try {
            for (WebDriver browser : browsers) {
                assertThat(Browsers.policyViolations(browser)).as("blocked by the Content-Security-Policy").isEmpty();
            }
        } finally {
            browsers.forEach(WebDriver::quit);
            browsers.clear();
        }
    }

    @Test
    void coFacilitatorCirculatesTheZeroDraftAfterTheServerRefusedAPastDeadline() {
        String document = registeredWithCoFacilitators("browser-zero-draft");
        WebDriver belgium = browser("belgium");
        belgium.get(base + "/documents/" + document);

        WebElement form = belgium.findElement(By.cssSelector("#zero-draft form"));
        form.findElement(By.name("text")).sendKeys(ZERO_DRAFT);
        Browsers.setValue(belgium, form.findElement(By.name("inputDeadline")), "2001-01-01T18:00");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        confirm(belgium, "Circulate the zero draft?");

        WebElement problem = Browsers.waitFor(belgium).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#zero-draft .form-problem, #zero-draft .field-error")));
        assertThat(problem.getText()).isNotBlank();
        assertThat(belgium.findElement(By.name("text")).getAttribute("value")).contains("disaster loss data");

        form = belgium.findElement(By.cssSelector("#zero-draft form"));
        Browsers.setValue(belgium, form.findElement(By.name("inputDeadline")), inDays(10));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        confirm(belgium, "Circulate the zero draft?");

        expectNotice(belgium, "Zero draft circulated");
        assertThat(belgium.findElement(By.cssSelector("[data-testid=stage]")).getText()).isEqualTo("Zero draft");
        assertThat(belgium.findElement(By.id("drafts")).getText()).contains("OP1",
                "Calls upon Member States to collect disaster loss data");
        assertThat(belgium.findElement(By.cssSelector(".stage-bar [aria-current=step]")).getText())
                .contains("Zero draft");
    }

    @Test
    void delegateSubmitsInputWithAParagraphProposal() {
        String document = withZeroDraft("browser-input");
        WebDriver mexico = browser("mexico");
        mexico.get(base + "/documents/" + document);

        WebElement form = mexico.findElement(By.cssSelector("#input form"));
        form.findElement(By.name("comments")).sendKeys("Mexico proposes to publish the data.");
        new Select(form.findElement(By.name("paragraph"))).selectByValue("OP1");
        new Select(form.findElement(By.name("action"))).selectByValue("AMEND");
        form.findElement(By.name("proposalText")).sendKeys(
                "Calls upon Member States to collect and publish disaster loss data in a comparable manner;");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        expectNotice(mexico, "Input submitted");
        String inputs = mexico.findElement(By.id("inputs")).getText();
        assertThat(inputs).contains("Mexico", "Mexico proposes to publish the data.", "OP1",
                "collect and publish disaster loss data");
        assertThat(mexico.findElement(By.id("compilation-section")).getText()).contains("Mexico");
    }

    @Test
    void aSingleProposalWithCommasIsRecordedWhole() {
        String document = withZeroDraft("browser-commas");
        String proposal = "Encourages Member States, in particular developing countries, to share disaster risk "
                + "data, where appropriate, through regional mechanisms;";
        WebDriver mexico = browser("mexico");
        mexico.get(base + "/documents/" + document);

        WebElement form = mexico.findElement(By.cssSelector("#input form"));
        new Select(form.findElement(By.name("paragraph"))).selectByValue("OP2");
        new Select(form.findElement(By.name("action"))).selectByValue("AMEND");
        form.findElement(By.name("proposalText")).sendKeys(proposal);
        form.findElement(By.cssSelector("button[type=submit]")).click();

        expectNotice(mexico, "Input submitted");
        assertThat(mexico.findElement(By.id("inputs")).getText()).contains(proposal);
        JsonNode inputs = server.json("observer", "/api/documents/" + document + "/history?type=InputSubmitted");
        assertThat(inputs.at("/entries/0/details/proposals")).hasSize(1);
        assertThat(inputs.at("/entries/0/details/proposals/0/text").asText()).isEqualTo(proposal);
    }

    @Test
    void silenceBrokenByADelegateShowsLiveOnTheCoFacilitatorsOpenPage() {
        String document = withRevisedDraft("browser-silence");
        WebDriver belgium = browser("belgium");
        belgium.get(base + "/documents/" + document);
        WebElement start = belgium.findElement(By.cssSelector("#start-silence form"));
        Browsers.setValue(belgium, start.findElement(By.name("deadline")), inDays(3));
        start.findElement(By.cssSelector("button[type=submit]")).click();
        confirm(belgium, "Put Rev.1 under silence?");
        expectNotice(belgium, "Silence procedure started");
        assertThat(belgium.findElement(By.cssSelector("[data-testid=breaks]")).getText()).isEqualTo("none");
        Browsers.waitFor(belgium).until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-connected",
                "true"));
        ((JavascriptExecutor) belgium).executeScript("window.notReloaded = true;");

        WebDriver mexico = browser("mexico");
        mexico.get(base + "/documents/" + document);
        WebElement breakSilence = mexico.findElement(By.cssSelector("#break-silence form"));
        breakSilence.findElement(By.name("reason")).sendKeys("Mexico cannot join consensus on OP2 as drafted.");
        breakSilence.findElement(By.cssSelector("button[type=submit]")).click();
        confirm(mexico, "Break the silence on Rev.1?");
        expectNotice(mexico, "Silence broken");

        Browsers.waitFor(belgium).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=breaks]"), "Mexico"));
        assertThat(belgium.findElement(By.id("silence")).getText())
                .contains("Mexico cannot join consensus on OP2 as drafted.");
        assertThat(belgium.findElement(By.cssSelector("[data-testid=stage]")).getText()).isEqualTo("Silence broken");
        assertThat(((JavascriptExecutor) belgium).executeScript("return window.notReloaded === true;"))
                .isEqualTo(true);
        Browsers.screenshot(belgium, "document-silence-broken-live");
    }

    @Test
    void theActsPanelRefreshesLiveAndAFormBeingFilledIsKeptAndSaysItIsNoLongerOffered() {
        String untouched = withZeroDraft("browser-stale-untouched");
        String typedInto = withZeroDraft("browser-stale-typed");
        WebDriver mexico = browser("mexico");
        WebDriver ecuador = browser("ecuador");
        mexico.get(base + "/documents/" + untouched);
        ecuador.get(base + "/documents/" + typedInto);
        for (WebDriver page : List.of(mexico, ecuador)) {
            assertThat(page.findElement(By.id("actions")).getText()).contains("Submit input on Zero draft");
            Browsers.waitFor(page).until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-connected",
                    "true"));
            ((JavascriptExecutor) page).executeScript("window.notReloaded = true;");
        }
        WebElement typing = ecuador.findElement(By.cssSelector("#input form"));
        typing.findElement(By.name("comments")).sendKeys("Ecuador's comments, typed before Rev.1 came out");
        new Select(typing.findElement(By.name("paragraph"))).selectByValue("OP2");
        typing.findElement(By.name("proposalText")).sendKeys("Urges Member States to share the data;");

        server.act("qatar", "/api/documents/" + untouched + "/revised-drafts", body("text", REVISED_DRAFT));
        server.act("qatar", "/api/documents/" + typedInto + "/revised-drafts", body("text", REVISED_DRAFT));

        Browsers.waitFor(mexico).until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"),
                "Submit input on Rev.1"));
        assertThat(mexico.findElement(By.id("actions")).getText()).doesNotContain("Zero draft", "No longer offered");
        assertThat(mexico.findElement(By.cssSelector("#input input[name=onDraft]")).getAttribute("value"))
                .isEqualTo("rev1");

        Browsers.waitFor(ecuador).until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"),
                "Submit input on Rev.1"));
        WebElement kept = ecuador.findElement(By.cssSelector("#actions .card.kept"));
        assertThat(kept.getText()).contains("No longer offered.", "stage now: Revised draft, current text: Rev.1",
                "Submit input on Zero draft");
        assertThat(kept.findElement(By.name("comments")).getAttribute("value"))
                .isEqualTo("Ecuador's comments, typed before Rev.1 came out");
        assertThat(kept.findElement(By.name("proposalText")).getAttribute("value"))
                .isEqualTo("Urges Member States to share the data;");
        assertThat(new Select(kept.findElement(By.name("paragraph"))).getFirstSelectedOption().getText())
                .isEqualTo("OP2");
        assertThat(kept.findElement(By.cssSelector("button[type=submit]")).isEnabled()).isFalse();
        assertThat(ecuador.findElements(By.cssSelector("#input form"))).as("the form offered now").hasSize(1);
        for (WebDriver page : List.of(mexico, ecuador)) {
            assertThat(((JavascriptExecutor) page).executeScript("return window.notReloaded === true;"))
                    .isEqualTo(true);
        }
        Browsers.screenshot(ecuador, "document-kept-form");
        ecuador.manage().window().setSize(new Dimension(390, 844));
        Browsers.screenshot(ecuador, "document-kept-form-phone");
    }

    @Test
    void circulatingARevisedDraftAsksFirstSaysTheWindowClosesEarlyAndGoingBackKeepsTheText() {
        String document = registeredWithCoFacilitators("browser-ask-first");
        server.act("belgium", "/api/documents/" + document + "/zero-draft", body("text", ZERO_DRAFT,
                "inputDeadline", LocalDateTime.now(ZoneId.of("America/New_York")).plusDays(6)
                        .truncatedTo(ChronoUnit.MINUTES) + "[America/New_York]"));
        WebDriver belgium = browser("belgium");
        belgium.get(base + "/documents/" + document);
        WebElement form = belgium.findElement(By.cssSelector("#revised-draft form"));
        form.findElement(By.name("text")).sendKeys(REVISED_DRAFT);
        form.findElement(By.cssSelector("button[type=submit]")).click();

        Browsers.waitFor(belgium).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-heading")));
        String confirmation = belgium.findElement(By.tagName("main")).getText();
        assertThat(confirmation).contains("Circulate Rev.1?", "Nothing is recorded yet",
                "Rev.1 replaces Zero draft as the text under negotiation", "The input window closes early.",
                "announced to close", "collect and publish disaster loss data");
        Browsers.screenshot(belgium, "confirm-revised-draft");
        belgium.manage().window().setSize(new Dimension(390, 844));
        Browsers.screenshot(belgium, "confirm-revised-draft-phone");
        belgium.manage().window().setSize(new Dimension(1280, 1000));

        belgium.findElement(By.xpath("//button[normalize-space()='Go back and change it']")).click();
        WebElement text = Browsers.waitFor(belgium).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#revised-draft textarea[name=text]")));
        assertThat(text.getAttribute("value").strip()).isEqualTo(REVISED_DRAFT.strip());
        assertThat(belgium.findElement(By.cssSelector("[data-testid=stage]")).getText()).isEqualTo("Zero draft");

        belgium.findElement(By.cssSelector("#revised-draft button[type=submit]")).click();
        confirm(belgium, "Circulate Rev.1?");
        expectNotice(belgium, "Revised draft circulated");
        assertThat(belgium.findElement(By.cssSelector("[data-testid=current-draft]")).getText()).isEqualTo("Rev.1");
    }

    @Test
    void aBrokenSilenceLooksBrokenAndOnAPhoneTheActsComeBeforeTheTimeline() {
        String document = withRevisedDraft("browser-broken-silence");
        server.act("belgium", "/api/documents/" + document + "/silence-procedure", body("deadline",
                LocalDateTime.now(ZoneId.of("America/New_York")).plusDays(3).truncatedTo(ChronoUnit.MINUTES)
                        + "[America/New_York]"));
        WebDriver ecuador = browser("ecuador");
        ecuador.manage().window().setSize(new Dimension(390, 844));
        ecuador.get(base + "/documents/" + document);
        int breakSilence = ecuador.findElement(By.id("break-silence")).getLocation().getY();
        int timeline = ecuador.findElement(By.id("timeline")).getLocation().getY();
        assertThat(breakSilence).as("Break silence above the timeline on a phone").isLessThan(timeline);
        assertThat(breakSilence).as("Break silence within the first screens").isLessThan(2500);
        Browsers.screenshot(ecuador, "document-under-silence-phone");

        server.act("mexico", "/api/documents/" + document + "/silence-procedure/breaks", body("reason",
                "Mexico cannot join consensus on OP2", "proposals", List.of(body("paragraph", "OP2",
                        "action", "AMEND", "text", "Encourages Member States to share data;"))));
        WebDriver belgium = browser("belgium");
        belgium.get(base + "/documents/" + document);
        String silence = belgium.findElement(By.id("silence")).getText();
        assertThat(silence).contains("Silence procedure 1 on Rev.1: broken", "Silence broken by Mexico",
                "OP2: amend to read \u201cEncourages Member States to share data;\u201d");
        assertThat(silence).doesNotContain("Running", " left");
        assertThat(belgium.findElement(By.cssSelector("[data-testid=next-deadline]")).getText())
                .startsWith("none: silence was broken by Mexico");
        Browsers.screenshot(belgium, "document-silence-broken");
        belgium.manage().window().setSize(new Dimension(390, 844));
        Browsers.screenshot(belgium, "document-silence-broken-phone");
        belgium.manage().window().setSize(new Dimension(1280, 1000));
        belgium.get(base + "/?title=Disaster");
        Browsers.screenshot(belgium, "dashboard-silence-broken");
    }

    @Test
    void theRedlineOpensOnTheDocumentPageAndOnItsOwn() {
        String document = withRevisedDraft("browser-redline");
        WebDriver observer = browser("observer");
        observer.get(base + "/documents/" + document);

        WebElement compare = observer.findElement(By.cssSelector("#compare form"));
        new Select(compare.findElement(By.name("from"))).selectByValue("zero");
        new Select(compare.findElement(By.name("to"))).selectByValue("rev1");
        compare.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement redline = Browsers.waitFor(observer).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#redline ins")));
        assertThat(redline.getText()).isNotBlank();
        assertThat(observer.getCurrentUrl()).endsWith("/documents/" + document);
        assertThat(observer.findElement(By.id("redline")).findElements(By.tagName("del"))).isNotEmpty();
        assertThat(observer.findElement(By.id("redline")).getText()).contains("publish", "grave");

        observer.get(base + "/documents/" + document + "/compare?from=zero&to=rev1");
        assertThat(observer.findElements(By.cssSelector("#redline ins"))).isNotEmpty();
        Browsers.screenshot(observer, "compare");
    }

    @Test
    void theSecretariatWithdrawsADocumentAndNoActionIsOfferedAfterwards() {
        String document = withZeroDraft("browser-withdrawal");
        WebDriver secretariat = browser("secretariat");
        secretariat.get(base + "/documents/" + document);
        WebElement form = secretariat.findElement(By.cssSelector("#withdraw form"));
        form.findElement(By.name("reason")).sendKeys("Merged into the omnibus resolution");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        confirm(secretariat, "Withdraw this document?");

        expectNotice(secretariat, "Document withdrawn");
        assertThat(secretariat.findElements(By.cssSelector("#withdraw form"))).isEmpty();
        assertThat(secretariat.findElements(By.cssSelector(".action form"))).isEmpty();
        secretariat.get(base + "/documents/" + document + "/history?type=DocumentWithdrawn");
        assertThat(secretariat.findElement(By.id("entries")).getText()).contains("Merged into the omnibus resolution");
    }

    @Test
    void theTimelineReportOpensFromTheDocumentPage() {
        String document = withZeroDraft("browser-report");
        WebDriver observer = browser("observer");
        observer.get(base + "/documents/" + document);
        observer.findElement(By.linkText("Timeline")).click();
        Browsers.waitFor(observer).until(ExpectedConditions.titleContains("Timeline"));
        assertThat(observer.findElement(By.tagName("body")).getText()).contains("Zero draft");
        // the other formats come under the page's session too, without asking for the account again
        observer.get(base + "/documents/" + document + "/reports/timeline?format=json");
        assertThat(observer.findElement(By.tagName("body")).getText()).contains("\"kind\" : \"timeline\"");
        observer.get(base + "/documents/" + document + "/export/akn");
        assertThat(observer.getPageSource()).contains("akomaNtoso");
        // Chromium's own viewers of JSON and XML style their text inline, which the policy refuses too: the
        // text then shows unwrapped; nothing else may be blocked
        assertThat(Browsers.policyViolations(observer)).allSatisfy(violation ->
                assertThat(violation).contains("Applying inline style violates"));
    }

    @Test
    void theMainPagesAsAReviewerSeesThem() {
        String example = "example-ocean-data-declaration";
        WebDriver anonymous = browser(null);
        anonymous.get(base + "/documents/" + example);
        assertThat(anonymous.getCurrentUrl()).endsWith("/login");
        Browsers.screenshot(anonymous, "login");
        anonymous.get(base + "/swagger-ui.html");
        Browsers.waitFor(anonymous).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".swagger-ui"), "History"));
        Browsers.screenshot(anonymous, "api-description");

        WebDriver mexico = browser("mexico");
        mexico.get(base + "/");
        assertThat(mexico.findElement(By.cssSelector(".documents")).getText())
                .contains("Example: Political declaration on shared ocean data");
        Browsers.screenshot(mexico, "dashboard");

        mexico.get(base + "/documents/" + example);
        assertThat(mexico.findElement(By.id("silence")).getText()).contains("Deadline, New York time", "left");
        assertThat(mexico.findElements(By.cssSelector("#break-silence form"))).hasSize(1);
        Browsers.screenshot(mexico, "document");
        mexico.manage().window().setSize(new Dimension(390, 844));
        Browsers.screenshot(mexico, "document-phone");
        mexico.manage().window().setSize(new Dimension(1280, 1000));

        mexico.get(base + "/documents/" + example + "/history?delegation=MEX");
        assertThat(mexico.findElement(By.id("entries")).getText()).contains("Input submitted");
        mexico.get(base + "/documents/" + example + "/history");
        Browsers.screenshot(mexico, "history");

        mexico.get(base + "/delegations/MEX");
        assertThat(mexico.findElement(By.tagName("main")).getText()).contains("Mexico", "Example: Political");
        Browsers.screenshot(mexico, "delegation");

        mexico.get(base + "/documents/" + example + "/compare?from=zero&to=rev1");
        Browsers.screenshot(mexico, "compare-example");

        WebDriver secretariat = browser("secretariat");
        secretariat.get(base + "/");
        assertThat(secretariat.findElements(By.cssSelector("#register form"))).hasSize(1);
        Browsers.screenshot(secretariat, "dashboard-secretariat");
    }

    @Test
    void theAuditTrailNamesAWrongFilterKeepsTheResultsAndTheDashboardSearchesFirstOnAPhone() {
        String document = "browser-filters";
        server.act("secretariat", "/api/documents", body("id", document, "title", "Filters in the browser",
                "kind", "DECLARATION", "body", "General Assembly"));
        server.act("secretariat", "/api/documents/" + document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        server.act("belgium", "/api/documents/" + document + "/zero-draft", body("text", ZERO_DRAFT));
        server.act("mexico", "/api/documents/" + document + "/inputs", body("onDraft", "zero",
                "comments", "Mexico supports the zero draft."));
        WebDriver mexico = browser("mexico");

        mexico.get(base + "/");
        assertThat(mexico.findElement(By.cssSelector("details.more-filters")).getAttribute("open"))
                .as("the other filters unfolded on a wide screen").isNotNull();
        mexico.findElement(By.id("filter-title")).sendKeys("Filters in the browser");
        mexico.findElement(By.cssSelector(".dashboard-filters .search-field ~ button[type=submit]")).click();
        Browsers.waitFor(mexico).until(ExpectedConditions.urlContains("title=Filters"));
        assertThat(mexico.findElements(By.cssSelector(".document-card h2"))).extracting(WebElement::getText)
                .containsExactly("Filters in the browser");

        mexico.get(base + "/documents/" + document + "/history");
        new Select(mexico.findElement(By.id("history-delegation"))).selectByVisibleText("Mexico");
        LocalDateTime newYork = LocalDateTime.now(ZoneId.of("America/New_York"));
        Browsers.setValue(mexico, mexico.findElement(By.id("history-from")), newYork.toLocalDate().toString());
        Browsers.setValue(mexico, mexico.findElement(By.id("history-to")), newYork.toLocalDate().minusDays(1).toString());
        mexico.findElement(By.cssSelector("#audit form button[type=submit]")).click();
        WebElement refused = Browsers.waitFor(mexico).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=refused-filters]")));
        assertThat(refused.getText()).contains("Happened up to: the day is before the day in From");
        assertThat(mexico.findElement(By.id("history-to-error")).getText()).contains("before the day in From");
        assertThat(mexico.findElement(By.id("entries")).getText()).contains("1 act matches",
                "Mexico submitted input on Zero draft");
        assertThat(mexico.getCurrentUrl()).as("the filtered view's address, to share").contains("delegation=MEX",
                "from=" + newYork.toLocalDate());
        assertThat(mexico.findElement(By.cssSelector("#entries .share-link")).getText())
                .isEqualTo("/documents/" + document + "/history?delegation=MEX&from=" + newYork.toLocalDate());
        assertThat(mexico.findElement(By.cssSelector("#entries button[data-copy]")).isDisplayed()).isTrue();
        Browsers.screenshot(mexico, "history-filters-refused");

        mexico.manage().window().setSize(new Dimension(390, 844));
        mexico.get(base + "/documents/" + document + "/history?delegation=MEX");
        assertThat(mexico.findElement(By.id("entries")).getText()).contains("Mexico submitted input on Zero draft");
        Browsers.screenshot(mexico, "history-filters-phone");
        mexico.get(base + "/?title=Filters+in+the+browser");
        WebElement search = mexico.findElement(By.id("filter-title"));
        assertThat(search.getLocation().getY() + search.getSize().getHeight()).as("the search on the first screen")
                .isLessThan(844);
        assertThat(mexico.findElement(By.id("filter-stage")).isDisplayed()).as("the other filters folded").isFalse();
        mexico.findElement(By.cssSelector("details.more-filters summary")).click();
        assertThat(mexico.findElement(By.id("filter-stage")).isDisplayed()).isTrue();
        Browsers.screenshot(mexico, "dashboard-search-phone");
    }

    /** The confirmation page an irreversible act shows first: its question, then Confirm. */
    private static void confirm(WebDriver browser, String question) {
        WebElement heading = Browsers.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("confirm-heading")));
        assertThat(heading.getText()).isEqualTo(question);
        browser.findElement(By.cssSelector(".confirm-buttons button.danger")).click();
    }

    /** Waits for the notice a successful form leaves; otherwise fails with what the page said instead. */
    private static void expectNotice(WebDriver browser, String notice) {
        try {
            Browsers.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".notice"), notice));
        } catch (org.openqa.selenium.TimeoutException missing) {
            Browsers.screenshot(browser, "failure-" + notice.replaceAll("\\W+", "-"));
            throw new AssertionError("expected the notice '" + notice + "' at " + browser.getCurrentUrl()
                    + "; the page says: " + browser.findElements(By.cssSelector(".form-problem, .field-error"))
                    .stream().map(WebElement::getText).toList(), missing);
        }
    }

    private WebDriver browser(String user) {
        WebDriver browser = Browsers.open();
        browsers.add(browser);
        if (user != null) {
            Browsers.signIn(browser, base, user, BrowserTestServer.password());
        }
        return browser;
    }

    private static String registeredWithCoFacilitators(String id) {
        server.act("secretariat", "/api/documents", body("id", id, "title", "Disaster risk data (browser test)",
                "kind", "RESOLUTION", "body", "General Assembly", "session", "81"));
        server.act("secretariat", "/api/documents/" + id + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        return id;
    }

    private static String withZeroDraft(String id) {
        registeredWithCoFacilitators(id);
        server.act("belgium", "/api/documents/" + id + "/zero-draft", body("text", ZERO_DRAFT));
        return id;
    }

    private static String withRevisedDraft(String id) {
        withZeroDraft(id);
        server.act("qatar", "/api/documents/" + id + "/revised-drafts", body("text", REVISED_DRAFT));
        return id;
    }

    /** A local New York time some days ahead, as a datetime-local field holds it. */
    private static String inDays(int days) {
        return LocalDateTime.now(ZoneId.of("America/New_York")).plusDays(days).truncatedTo(ChronoUnit.MINUTES)
                .format(LOCAL);
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            body.put((String) keysAndValues[index], keysAndValues[index + 1]);
        }
        return body;
    }
}
