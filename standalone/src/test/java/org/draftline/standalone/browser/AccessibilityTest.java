package org.draftline.standalone.browser;

import org.draftline.standalone.BrowserTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accessibility, measured: axe-core (Deque's, with the WCAG 2 A and AA rules and its best practices) on every
 * page the product serves, once each as the role that sees its most (a document page in every stage, with the
 * acts each role is offered), the main pages at a phone's width too; no serious or critical violation may be
 * found. Then the two journeys a delegate must be able to finish with the keyboard alone: submitting input on a
 * draft and breaking silence, driven by keys only (Tab, Enter, Space, typing), never a click.
 * One server and one browser for all of it; every finding of every impact is written to
 * {@code target/accessibility.txt}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class AccessibilityTest {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final Path FINDINGS = Path.of("target", "accessibility.txt");
    private static final String EXAMPLE = "example-ocean-data-declaration";
    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String AXE = axeScript();

    private static final String ZERO_DRAFT = """
            # Open data on migration flows (accessibility test)

            The General Assembly,

            *Recalling* its resolution 73/195 on the Global Compact for Safe, Orderly and Regular Migration,

            1. Encourages Member States to publish migration data in open formats;

            2. Requests the Secretary-General to report on progress.
            """;

    private static final String REVISED_DRAFT = ZERO_DRAFT.replace("publish migration data",
            "publish disaggregated migration data");

    private static BrowserTestServer server;
    private static String base;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Browsers.assumeInstalled();
        server = BrowserTestServer.start(Files.createTempDirectory("draftline-a11y"), "--spring.profiles.active=demo");
        base = server.base();
        browser = Browsers.open();
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void noPageHasASeriousOrCriticalViolation() throws IOException {
        String registered = registered("a11y-registered");
        String appointed = appointed("a11y-appointed");
        String zeroDraft = withInput(withZeroDraft(appointed("a11y-zero-draft")));
        String broken = withRevisedDraft(withZeroDraft(appointed("a11y-silence-broken")));
        server.act("belgium", "/api/documents/" + broken + "/silence-procedure", body("deadline", inDays(3)));
        server.act("mexico", "/api/documents/" + broken + "/silence-procedure/breaks", body("reason",
                "Mexico cannot join consensus on OP1", "proposals", List.of(body("paragraph", "OP1",
                        "action", "AMEND", "text", "Encourages Member States to publish *open* data;"))));
        String finalDraft = withFinalDraft(withRevisedDraft(withZeroDraft(appointed("a11y-final-draft"))));
        String consensus = withFinalDraft(withRevisedDraft(withZeroDraft(appointed("a11y-consensus"))));
        server.act("belgium", "/api/documents/" + consensus + "/consensus", body("note", "Consensus reached"));
        String adopted = withFinalDraft(withRevisedDraft(withZeroDraft(appointed("a11y-adopted"))));
        server.act("qatar", "/api/documents/" + adopted + "/consensus", body());
        server.act("secretariat", "/api/documents/" + adopted + "/adoption", body("symbol", "A/RES/81/999",
                "adoptedOn", LocalDate.now(ZoneId.of("America/New_York")).toString(), "method", "WITHOUT_A_VOTE"));
        String withdrawn = withZeroDraft(appointed("a11y-withdrawn"));
        server.act("secretariat", "/api/documents/" + withdrawn + "/withdrawal", body("reason", "Merged elsewhere"));

        Map<String, List<Violation>> findings = new LinkedHashMap<>();
        signIn(null);
        check(findings, "sign-in", "/login");
        check(findings, "sign-in (phone)", "/login", PHONE);

        signIn("secretariat");
        check(findings, "dashboard as the secretariat", "/");
        check(findings, "registered document as the secretariat", "/documents/" + registered);
        check(findings, "document at consensus as the secretariat", "/documents/" + consensus);
        check(findings, "adopted document as the secretariat", "/documents/" + adopted);

        signIn("belgium");
        check(findings, "appointed document as a co-facilitator", "/documents/" + appointed);
        check(findings, "zero draft as a co-facilitator", "/documents/" + zeroDraft);
        check(findings, "silence running as a co-facilitator", "/documents/" + EXAMPLE);
        check(findings, "silence broken as a co-facilitator", "/documents/" + broken);
        check(findings, "final draft as a co-facilitator", "/documents/" + finalDraft);
        open("/documents/" + zeroDraft);
        WebElement revised = browser.findElement(By.cssSelector("#revised-draft form"));
        revised.findElement(By.name("text")).sendKeys(REVISED_DRAFT);
        revised.findElement(By.cssSelector("button[type=submit]")).click();
        Browsers.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-heading")));
        analyse(findings, "confirmation of a revised draft as a co-facilitator");
        resize(PHONE);
        analyse(findings, "confirmation of a revised draft as a co-facilitator (phone)");
        resize(DESKTOP);

        signIn("mexico");
        check(findings, "dashboard as a delegate", "/");
        check(findings, "dashboard as a delegate (phone)", "/", PHONE);
        check(findings, "zero draft as a delegate", "/documents/" + zeroDraft);
        check(findings, "silence running as a delegate (phone)", "/documents/" + EXAMPLE, PHONE);
        check(findings, "redline", "/documents/" + EXAMPLE + "/compare?from=zero&to=rev1");
        check(findings, "audit trail", "/documents/" + EXAMPLE + "/history");
        check(findings, "audit trail, refused filter", "/documents/" + EXAMPLE + "/history?from=yesterday");
        check(findings, "delegation page", "/delegations/MEX");
        check(findings, "notifications as a delegate", "/account/notifications");
        check(findings, "error page", "/documents/no-such-document");

        signIn("observer");
        check(findings, "withdrawn document as an observer", "/documents/" + withdrawn);
        for (String report : List.of("timeline", "participation", "silence", "audit-trail")) {
            check(findings, report + " report", "/documents/" + EXAMPLE + "/reports/" + report);
        }
        check(findings, "delegation activity report", "/delegations/MEX/activity");
        check(findings, "draft file", "/documents/" + EXAMPLE + "/drafts/rev1");
        check(findings, "redline file", "/documents/" + EXAMPLE + "/drafts/rev1/compare?with=zero");
        check(findings, "compilation file", "/documents/" + EXAMPLE + "/drafts/zero/compilation");

        String report = report(findings);
        Files.createDirectories(FINDINGS.getParent());
        Files.writeString(FINDINGS, report);
        assertThat(findings.entrySet().stream().filter(page -> page.getValue().stream().anyMatch(Violation::failing))
                .map(Map.Entry::getKey).toList()).as("pages with serious or critical violations:%n%s", report)
                .isEmpty();
    }

    @Test
    void aDelegateSubmitsInputWithTheKeyboardAlone() {
        String document = withZeroDraft(appointed("a11y-keyboard-input"));
        signInWithKeys("mexico");
        tabTo("the document's link on the dashboard", focused -> focused.href().equals("/documents/" + document));
        press(Keys.ENTER);
        Browsers.waitFor(browser).until(ExpectedConditions.urlToBe(base + "/documents/" + document));

        tabTo("the input's comments", focused -> focused.name().equals("comments"));
        type("Mexico asks for open formats.");
        tabTo("the paragraph", focused -> focused.name().equals("paragraph"));
        type("OP1");
        tabTo("the proposed change", focused -> focused.name().equals("action"));
        type("Amend");
        tabTo("the proposal's wording", focused -> focused.name().equals("proposalText"));
        type("Encourages Member States to publish migration data in open and accessible formats;");
        tabTo("Submit input", focused -> focused.type().equals("submit") && focused.text().startsWith("Submit input"));
        assertFocusVisible();
        press(Keys.ENTER);

        Browsers.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "Input submitted"));
        assertThat(browser.findElement(By.id("inputs")).getText()).contains("Mexico asks for open formats.", "OP1",
                "in open and accessible formats");
    }

    @Test
    void aDelegateBreaksSilenceWithTheKeyboardAlone() {
        String document = withRevisedDraft(withZeroDraft(appointed("a11y-keyboard-silence")));
        server.act("qatar", "/api/documents/" + document + "/silence-procedure", body("deadline", inDays(2)));
        signInWithKeys("ecuador");
        open("/documents/" + document);
        awaitKeyboardOnThePage();

        press(Keys.TAB);
        assertThat(focus().text()).as("the first stop is the skip link").isEqualTo("Skip to content");
        assertFocusVisible();
        assertThat(violations(".skip-link", "color-contrast")).as("the skip link, shown when focused").isEmpty();
        press(Keys.ENTER);
        tabTo("the reason for breaking silence", focused -> focused.id().equals("break-silence-reason"));
        type("Ecuador cannot accept OP1 as drafted.");
        tabTo("Break silence", focused -> focused.text().equals("Break silence"));
        press(Keys.SPACE);

        WebElement question = Browsers.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("confirm-heading")));
        assertThat(question.getText()).isEqualTo("Break the silence on Rev.1?");
        tabTo("Confirm", focused -> focused.classes().contains("danger"));
        assertFocusVisible();
        press(Keys.ENTER);

        Browsers.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "Silence broken"));
        assertThat(browser.findElement(By.id("silence")).getText()).contains("Ecuador",
                "Ecuador cannot accept OP1 as drafted.");
    }

    @Test
    void aLiveUpdateIsReadOutByTheStatusRegionAndTheTickingCountdownIsNot() {
        String document = withZeroDraft(appointed("a11y-live"));
        signIn("observer");
        resize(DESKTOP);
        open("/documents/" + document);
        assertThat(((JavascriptExecutor) browser).executeScript("""
                const countdowns = Array.from(document.querySelectorAll('[data-deadline]'));
                return [countdowns.length > 0, countdowns.filter(countdown =>
                        countdown.closest('[aria-live], [role=status], [role=alert]')).length];"""))
                .as("the input window's countdowns, and those inside a live region (read out at every tick)")
                .isEqualTo(List.of(true, 0L));
        Browsers.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-connected",
                "true"));
        server.act("qatar", "/api/documents/" + document + "/revised-drafts", body("text", REVISED_DRAFT));

        Browsers.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-status"),
                "stage Revised draft"));
        assertThat(browser.findElement(By.id("live-status")).getDomAttribute("role")).isEqualTo("status");
    }

    /** axe on the page at {@code path}, at the desktop's width unless another is given. */
    private static void check(Map<String, List<Violation>> findings, String page, String path, Dimension... width) {
        resize(width.length == 0 ? DESKTOP : width[0]);
        open(path);
        analyse(findings, page);
    }

    private static void analyse(Map<String, List<Violation>> findings, String page) {
        long started = System.nanoTime();
        List<Violation> violations = axe("html", Map.of("type", "tag", "values", List.of("wcag2a", "wcag2aa",
                "best-practice")));
        findings.put(page + " (" + browser.getCurrentUrl().replace(base, "") + ", "
                + (System.nanoTime() - started) / 1_000_000 + " ms)", violations);
    }

    /** The violations of the given axe rules within {@code selector}. */
    private static List<Violation> violations(String selector, String... rules) {
        return axe(selector, Map.of("type", "rule", "values", List.of(rules)));
    }

    /**
     * Runs Deque's axe-core, as its Selenium artifact ships it, in the page itself (no extra window, no frames: the
     * pages have none), on {@code context} with the rules {@code runOnly} chooses, and asks back the violations
     * alone, each with its first nodes.
     */
    @SuppressWarnings("unchecked")
    private static List<Violation> axe(String context, Map<String, Object> runOnly) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(script.executeScript("return typeof axe === 'object';"))) {
            script.executeScript(AXE);
        }
        Object answer = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(arguments[0], {runOnly: arguments[1], resultTypes: ['violations'], iframes: false})
                   .then(results => done(results.violations.map(rule => ({id: rule.id, impact: rule.impact,
                          help: rule.help, nodes: rule.nodes.slice(0, 5).map(node => node.target.join(' ') + '  '
                          + (node.failureSummary || '').replace(/\\s+/g, ' '))}))),
                         problem => done('axe failed: ' + problem));""", context, runOnly);
        assertThat(answer).as("axe on %s", browser.getCurrentUrl()).isInstanceOf(List.class);
        return ((List<Map<String, Object>>) answer).stream().map(rule -> new Violation((String) rule.get("id"),
                (String) rule.get("impact"), (String) rule.get("help"), (List<String>) rule.get("nodes"))).toList();
    }

    private record Violation(String id, String impact, String help, List<String> nodes) {

        boolean failing() {
            return FAILING_IMPACTS.contains(impact);
        }
    }

    private static String report(Map<String, List<Violation>> findings) {
        StringBuilder report = new StringBuilder();
        findings.forEach((page, violations) -> {
            report.append(page).append(violations.isEmpty() ? ": nothing found\n" : ":\n");
            for (Violation violation : violations) {
                report.append("  ").append(violation.impact()).append(' ').append(violation.id()).append(": ")
                        .append(violation.help()).append('\n');
                violation.nodes().forEach(node -> report.append("    ").append(node).append('\n'));
            }
        });
        return report.toString();
    }

    private static String axeScript() {
        try (var source = AccessibilityTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(source).as("axe.min.js of com.deque.html.axe-core:selenium").isNotNull();
            return new String(source.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void resize(Dimension size) {
        if (!browser.manage().window().getSize().equals(size)) {
            browser.manage().window().setSize(size);
        }
    }

    private static void open(String path) {
        browser.get(base + path);
    }

    private static void signIn(String user) {
        browser.manage().deleteAllCookies();
        if (user != null) {
            Browsers.signIn(browser, base, user, BrowserTestServer.password());
        }
    }

    /**
     * Waits until the page has loaded and holds the keyboard, as it does for a person who opened it: right
     * after a navigation headless Chrome may still give the first key to the window rather than the page.
     */
    private static void awaitKeyboardOnThePage() {
        Browsers.waitFor(browser).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && document.hasFocus();")));
    }

    /** The sign-in page focuses the account field itself; the rest is typing, Tab and Enter. */
    private static void signInWithKeys(String user) {
        browser.manage().deleteAllCookies();
        resize(DESKTOP);
        open("/login");
        assertThat(focus().id()).isEqualTo("username");
        type(user);
        press(Keys.TAB);
        type(BrowserTestServer.password());
        press(Keys.ENTER);
        Browsers.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account")));
    }

    /** What has the focus, read in one call: tag, id, name, type, link, classes and text. */
    private record Focus(String tag, String id, String name, String type, String href, String classes, String text) {

        @Override
        public String toString() {
            return tag + (name.isEmpty() ? "" : "[" + name + "]") + (text.isEmpty() ? "" : " '" + text + "'");
        }
    }

    /** Presses Tab until {@code wanted} holds for the focused element, as a person would, at most 150 times. */
    private static Focus tabTo(String what, Predicate<Focus> wanted) {
        List<Focus> passed = new ArrayList<>();
        for (int presses = 0; presses < 150; presses++) {
            press(Keys.TAB);
            Focus focus = focus();
            if (wanted.test(focus)) {
                return focus;
            }
            passed.add(focus);
        }
        throw new AssertionError("Tab never reached " + what + " on " + browser.getCurrentUrl() + "; it went through "
                + passed.stream().limit(60).map(Focus::toString).collect(Collectors.joining(", ")));
    }

    @SuppressWarnings("unchecked")
    private static Focus focus() {
        Map<String, String> focused = (Map<String, String>) ((JavascriptExecutor) browser).executeScript("""
                const e = document.activeElement;
                return {tag: e.tagName.toLowerCase(), id: e.id, name: e.getAttribute('name') || '',
                        type: e.getAttribute('type') || '', href: e.getAttribute('href') || '',
                        classes: e.className || '', text: (e.innerText || '').trim().slice(0, 80)};""");
        return new Focus(focused.get("tag"), focused.get("id"), focused.get("name"), focused.get("type"),
                focused.get("href"), focused.get("classes"), focused.get("text"));
    }

    /** A keyboard user must see where the focus is: an outline or a ring around the focused element. */
    private static void assertFocusVisible() {
        Object style = ((JavascriptExecutor) browser).executeScript("""
                const s = getComputedStyle(document.activeElement);
                return s.outlineStyle + ' ' + s.outlineWidth + ' | ' + s.boxShadow;""");
        String ring = String.valueOf(style);
        assertThat(ring.startsWith("none") && ring.endsWith("| none"))
                .as("focus visible on %s: %s", focus(), ring).isFalse();
    }

    private static void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private static void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    private static String registered(String id) {
        server.act("secretariat", "/api/documents", body("id", id, "title",
                "Open data on migration flows (" + id + ")", "kind", "RESOLUTION", "body", "General Assembly",
                "session", "81"));
        return id;
    }

    private static String appointed(String id) {
        registered(id);
        server.act("secretariat", "/api/documents/" + id + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        return id;
    }

    private static String withZeroDraft(String id) {
        server.act("belgium", "/api/documents/" + id + "/zero-draft", body("text", ZERO_DRAFT,
                "inputDeadline", inDays(5)));
        return id;
    }

    private static String withInput(String id) {
        server.act("mexico", "/api/documents/" + id + "/inputs", body("onDraft", "zero", "comments",
                "Mexico welcomes the draft.", "proposals", List.of(body("paragraph", "OP2", "action", "DELETE"))));
        return id;
    }

    private static String withRevisedDraft(String id) {
        server.act("qatar", "/api/documents/" + id + "/revised-drafts", body("text", REVISED_DRAFT));
        return id;
    }

    private static String withFinalDraft(String id) {
        server.act("belgium", "/api/documents/" + id + "/final-draft", body("text", REVISED_DRAFT));
        return id;
    }

    private static String inDays(int days) {
        return LocalDateTime.now(ZoneId.of("America/New_York")).plusDays(days).truncatedTo(ChronoUnit.MINUTES)
                + "[America/New_York]";
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            body.put((String) keysAndValues[index], keysAndValues[index + 1]);
        }
        return body;
    }
}
