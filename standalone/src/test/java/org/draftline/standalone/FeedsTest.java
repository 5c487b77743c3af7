package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.DECLARATION;
import static org.draftline.standalone.SeedNegotiations.MODALITIES;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * The Atom feeds and iCalendar feeds as a feed reader and a calendar read them: parsed with ROME and ical4j after
 * the seed page's negotiations and a live one whose silence is extended and then broken; read with a feed token,
 * and only what it may read; and the answers to made-up requests.
 */
class FeedsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** An event type's class name, or an enum code, in a title meant for people. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][a-z]+[A-Z][A-Za-z]*\\b|\\b[A-Z]+_[A-Z_]+\\b");
    private static final String CLOSED = "feeds-closed-consultations";

    @TempDir
    static Path dataDir;
    private static DraftlineServer server;
    private static ApiClient api;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void negotiate() {
        server = DraftlineServer.start(dataDir);
        api = server.client();
        SeedNegotiations.modalitiesResolution(api);
        SeedNegotiations.politicalDeclaration(api);
        MembersOnlyDocuments.negotiate(api, CLOSED, "MEMBERS");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    // ---- Atom ----

    @Test
    void aDocumentsFeedHasOneEntryPerActWithItsTimesLinksAndALastingId() throws Exception {
        JsonNode history = api.get("mexico", "/api/documents/" + MODALITIES + "/history?size=500").body();
        ApiClient.Answer answer = api.getAnything("mexico", "/api/feeds/documents/" + MODALITIES);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/atom+xml");

        Feed feed = atom(answer.raw().body());
        assertThat(feed.getTitle()).contains("Modalities, format and organization");
        assertThat(feed.getEntries()).hasSize(history.get("totalEntries").asInt());
        Set<String> ids = new HashSet<>();
        for (Entry entry : feed.getEntries()) {
            JsonNode act = actOf(history, entry);
            assertThat(entry.getTitle()).isEqualTo(act.get("summary").asText());
            assertThat(CODE.matcher(entry.getTitle()).find()).as("a title in plain words: %s", entry.getTitle())
                    .isFalse();
            // RFC 3339 times to the second, as ROME writes them
            assertThat(entry.getPublished().toInstant()).isEqualTo(seconds(act.get("occurredAt")));
            assertThat(entry.getUpdated().toInstant()).isEqualTo(seconds(act.get("recordedAt")));
            assertThat(entry.getAlternateLinks()).extracting(Link::getHref)
                    .containsExactly(api.base() + "/documents/" + MODALITIES);
            assertThat(entry.getOtherLinks()).extracting(Link::getHref)
                    .contains(api.base() + "/api/documents/" + MODALITIES);
            assertThat(entry.getId()).startsWith("tag:").endsWith("/acts/" + act.get("sequence").asLong());
            ids.add(entry.getId());
        }
        assertThat(ids).as("each act its own id").hasSize(feed.getEntries().size());
        assertThat(feed.getEntries()).extracting(entry -> entry.getUpdated().toInstant())
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(feed.getEntries()).anySatisfy(entry -> {
            assertThat(entry.getTitle()).isEqualTo("Mexico submitted input on Zero draft with 1 proposal");
            assertThat(entry.getSummary().getValue()).contains("New York time").contains("UTC");
        });

        Feed again = atom(api.getAnything("mexico", "/api/feeds/documents/" + MODALITIES).raw().body());
        assertThat(again.getEntries()).extracting(Entry::getId)
                .as("the same act keeps its id").containsExactlyElementsOf(feed.getEntries().stream().map(Entry::getId).toList());
    }

    @Test
    void aFeedHoldsTheLatestActsAsManyAsAsked() throws Exception {
        Feed all = atom(api.getAnything("secretariat", "/api/feeds/all").raw().body());
        Feed three = atom(api.getAnything("secretariat", "/api/feeds/all?size=3").raw().body());
        assertThat(three.getEntries()).extracting(Entry::getId)
                .containsExactlyElementsOf(all.getEntries().subList(0, 3).stream().map(Entry::getId).toList());
        for (String size : List.of("0", "501", "-1", "many")) {
            ApiClient.Answer refused = api.getAnything("secretariat", "/api/feeds/all?size=" + size);
            assertThat(refused.status()).as("size=%s: %s", size, refused).isEqualTo(400);
            assertThat(refused.body().path("detail").asText()).contains("size");
        }
    }

    @Test
    void theFeedOfEverythingSpansTheDocumentsAndADelegationsFeedHoldsWhatItDidOrWhatWasDoneForIt() throws Exception {
        Feed all = atom(api.getAnything("mexico", "/api/feeds/all?size=500").raw().body());
        assertThat(all.getEntries()).extracting(entry -> entry.getAlternateLinks().get(0).getHref())
                .contains(api.base() + "/documents/" + MODALITIES, api.base() + "/documents/" + DECLARATION);

        Feed mexico = atom(api.getAnything("observer", "/api/feeds/delegations/MEX").raw().body());
        assertThat(mexico.getEntries()).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.getAuthors().get(0).getName()).startsWith("Mexico"));
        Feed group = atom(api.getAnything("observer", "/api/feeds/delegations/G77").raw().body());
        assertThat(group.getEntries()).singleElement().satisfies(entry -> assertThat(entry.getTitle())
                .startsWith("Ecuador on behalf of ").endsWith(" submitted input on Zero draft with 1 proposal"));
    }

    @Test
    void observersAreRefusedAMembersOnlyDocumentsFeedAndNeverSeeItsActsElsewhere() throws Exception {
        ApiClient.Answer refused = api.getAnything("observer", "/api/feeds/documents/" + CLOSED);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("MEMBERS_ONLY");
        for (String path : List.of("/api/feeds/all?size=500", "/api/feeds/delegations/MEX?size=500")) {
            String observed = api.getAnything("observer", path).raw().body();
            assertThat(atom(observed).getEntries()).isNotEmpty();
            assertThat(observed).doesNotContain(CLOSED).doesNotContain(MembersOnlyDocuments.breakReason(CLOSED));
            assertThat(api.getAnything("mexico", path).raw().body()).contains(CLOSED);
        }
        // a document's deadlines are part of its status, which observers read
        assertThat(api.getAnything("observer", "/api/calendars/documents/" + CLOSED).status()).isEqualTo(200);
        assertThat(api.getAnything("observer", "/api/calendars/delegations/MEX").raw().body()).doesNotContain(CLOSED);
    }

    // ---- iCalendar ----

    @Test
    void aPassedSilenceOf2017IsOneConfirmedEventInNewYorkTime() throws Exception {
        ApiClient.Answer answer = api.getAnything("observer", "/api/calendars/documents/" + DECLARATION);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/calendar");
        Calendar calendar = ical(answer.raw().body());
        assertThat(property(calendar, "METHOD")).isEqualTo("PUBLISH");
        assertThat(property(calendar, "X-WR-CALNAME")).startsWith("Deadlines: Political declaration");
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactly("America/New_York");
        VEvent silence = event(calendar, "silence/1");
        assertThat(silence.getSummary().getValue()).isEqualTo("Silence procedure 1 ends on Rev.1: Political declaration "
                + "on the implementation of the Global Plan of Action to Combat Trafficking in Persons");
        assertThat(silence.getStartDate().orElseThrow().getValue()).isEqualTo("20170829T180000");
        assertThat(silence.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("America/New_York");
        assertThat(instant(silence.getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2017-08-29T22:00:00Z"));
        assertThat(silence.getSequence().getSequenceNo()).isZero();
        assertThat(silence.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(silence.getDescription().getValue()).contains("Silence passed");
    }

    @Test
    void aLiveSilenceExtendedThenBrokenKeepsItsEventWhichMovesThenIsCancelled() throws Exception {
        String id = "feeds-live-silence";
        String document = "/api/documents/" + id;
        ZonedDateTime now = ZonedDateTime.now(NEW_YORK).truncatedTo(ChronoUnit.MINUTES);
        act(api, "secretariat", "/api/documents", body("id", id, "title", "Declaration under silence now",
                "kind", "DECLARATION", "body", "General Assembly"));
        act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api, "belgium", document + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ...",
                "inputDeadline", local(now.plusDays(10))));
        VEvent window = event(calendar(id), "input-window/1");
        assertThat(window.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(window.getSequence().getSequenceNo()).isZero();

        act(api, "qatar", document + "/revised-drafts", body("text", "PP1 Recalling ...\nOP1 Decides, as revised ..."));
        VEvent superseded = event(calendar(id), "input-window/1");
        assertThat(superseded.getUid()).isEqualTo(window.getUid());
        assertThat(superseded.getStatus().getValue()).as("the zero draft's window closed early")
                .isEqualTo("CANCELLED");
        assertThat(superseded.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(superseded.getSummary().getValue()).startsWith("Cancelled: ");

        ZonedDateTime first = now.plusDays(3).withHour(18).withMinute(0);
        act(api, "belgium", document + "/silence-procedure", body("deadline", local(first)));
        VEvent started = event(calendar(id), "silence/1");
        assertThat(instant(started.getStartDate().orElseThrow().getDate())).isEqualTo(first.toInstant());
        assertThat(started.getSequence().getSequenceNo()).isZero();
        assertThat(started.getStatus().getValue()).isEqualTo("CONFIRMED");

        ZonedDateTime extended = first.plusDays(2);
        act(api, "qatar", document + "/silence-procedure/extension", body("deadline", local(extended)));
        Calendar afterExtension = calendar(id);
        VEvent moved = event(afterExtension, "silence/1");
        assertThat(moved.getUid()).isEqualTo(started.getUid());
        assertThat(moved.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(instant(moved.getStartDate().orElseThrow().getDate())).isEqualTo(extended.toInstant());
        assertThat(moved.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("America/New_York");
        assertThat(instant(moved.getEndDate().orElseThrow().getDate())).isEqualTo(extended.plusMinutes(30).toInstant());
        // DTSTAMP is the extension's recording (iCalendar keeps seconds), not the start's
        assertThat(moved.getDateStamp().orElseThrow().getDate()).isEqualTo(recordedAt(document, "SilenceExtended"))
                .isAfterOrEqualTo(started.getDateStamp().orElseThrow().getDate());
        assertThat(moved.getLastModified().getDate())
                .isEqualTo(moved.getDateStamp().orElseThrow().getDate());
        assertThat(moved.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(moved.getDescription().getValue()).contains("Extended once");
        assertThat(afterExtension.getComponents("VEVENT")).as("one event per deadline, not one per act").hasSize(2);

        act(api, "mexico", document + "/silence-procedure/breaks", body("reason", "OP1 must name victims"));
        Calendar afterBreak = calendar(id);
        VEvent broken = event(afterBreak, "silence/1");
        assertThat(broken.getUid()).isEqualTo(started.getUid());
        assertThat(broken.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(broken.getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(broken.getDateStamp().orElseThrow().getDate()).isEqualTo(recordedAt(document, "SilenceBroken"))
                .isAfterOrEqualTo(moved.getDateStamp().orElseThrow().getDate());
        assertThat(broken.getDescription().getValue()).contains("Silence was broken")
                .doesNotContain("Mexico");

        // Belgium co-facilitates it and Mexico broke its silence: both delegations' calendars carry it
        for (String delegation : List.of("BEL", "MEX")) {
            Calendar theirs = ical(api.getAnything("observer", "/api/calendars/delegations/" + delegation).raw().body());
            assertThat(event(theirs, id + "/silence/1").getSequence().getSequenceNo()).isEqualTo(2);
        }
        Calendar ecuador = ical(api.getAnything("observer", "/api/calendars/delegations/ECU").raw().body());
        assertThat(ecuador.<VEvent>getComponents("VEVENT")).noneMatch(event -> event.getUid().orElseThrow()
                .getValue().startsWith(id + "/"));
    }

    // ---- the feed token ----

    @Test
    void aFeedTokenReadsTheFeedsAsItsAccountAndNothingElse() throws Exception {
        JsonNode token = api.get("mexico", "/api/feeds/token").body();
        String mexico = token.get("token").asText();
        assertThat(token.at("/feeds/delegation").asText()).isEqualTo(api.base() + "/api/feeds/delegations/MEX?token=" + mexico);
        assertThat(api.get("mexico", "/api/feeds/token").body().get("token").asText()).as("a lasting token")
                .isEqualTo(mexico);

        HttpResponse<String> feed = anonymous(token.at("/feeds/delegation").asText());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(atom(feed.body()).getEntries()).isNotEmpty();
        assertThat(anonymous(token.at("/calendars/document").asText().replace("{id}", DECLARATION)).statusCode())
                .isEqualTo(200);
        assertThat(anonymous(api.base() + "/api/feeds/documents/" + CLOSED + "?token=" + mexico).statusCode())
                .as("Mexico's token reads what Mexico reads").isEqualTo(200);

        // nothing but the feeds and calendars
        for (String path : List.of("/api/documents", "/api/documents/" + MODALITIES + "/history",
                "/api/feeds/token", "/documents/" + MODALITIES)) {
            HttpResponse<String> elsewhere = anonymous(api.base() + path + "?token=" + mexico);
            assertThat(elsewhere.statusCode()).as("%s with a feed token", path).isIn(401, 302);
        }
        HttpResponse<String> rotate = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/feeds/token?token="
                + mexico)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rotate.statusCode()).as("a token cannot rotate itself").isEqualTo(401);

        // an observer's token reads as the observer
        String observer = api.get("observer", "/api/feeds/token").body().get("token").asText();
        assertThat(observer).isNotEqualTo(mexico);
        HttpResponse<String> refused = anonymous(api.base() + "/api/feeds/documents/" + CLOSED + "?token=" + observer);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("MEMBERS_ONLY");
    }

    @Test
    void aForgedMistypedOrRotatedTokenIsRefused() throws Exception {
        String ecuador = api.get("ecuador", "/api/feeds/token").body().get("token").asText();
        String feed = api.base() + "/api/feeds/all?token=";
        assertThat(anonymous(feed + ecuador).statusCode()).isEqualTo(200);

        String account = ecuador.substring(0, ecuador.indexOf('.'));
        String mac = ecuador.substring(ecuador.indexOf('.') + 1);
        String otherAccount = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("secretariat".getBytes());
        char last = mac.charAt(mac.length() - 1);
        for (String forged : List.of(otherAccount + "." + mac, account + "." + mac.substring(0, mac.length() - 1)
                        + (last == 'A' ? 'B' : 'A'), account, "", "." + mac, account + ".." + mac, "%00%01",
                "nobody." + mac, account + "." + mac + "&token=" + ecuador)) {
            HttpResponse<String> refused = anonymous(feed + forged);
            assertThat(refused.statusCode()).as("token %s", forged).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
            assertThat(refused.body()).contains("feed token is not valid");
        }

        ApiClient.Answer rotated = api.post("ecuador", "/api/feeds/token", "");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String renewed = rotated.body().get("token").asText();
        assertThat(renewed).isNotEqualTo(ecuador);
        assertThat(anonymous(feed + ecuador).statusCode()).as("the old token").isEqualTo(401);
        assertThat(anonymous(feed + renewed).statusCode()).isEqualTo(200);
        assertThat(api.get("ecuador", "/api/feeds/token").body().get("token").asText()).isEqualTo(renewed);
    }

    @Test
    void aSignedInPageReadsTheFeedsWithItsSession() throws Exception {
        PageClient page = PageClient.signedIn(api.base(), "mexico");
        HttpResponse<String> feed = page.get("/api/feeds/documents/" + CLOSED);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(atom(feed.body()).getEntries()).isNotEmpty();
        assertThat(page.get("/api/calendars/delegations/MEX").statusCode()).isEqualTo(200);
        assertThat(page.page("/documents/" + MODALITIES)).contains("/api/feeds/documents/" + MODALITIES)
                .contains("/api/calendars/documents/" + MODALITIES);
        assertThat(page.page("/delegations/MEX")).contains("/api/feeds/delegations/MEX")
                .contains("/api/calendars/delegations/MEX");
        assertThat(PageClient.anonymous(api.base()).get("/api/feeds/all").statusCode()).isEqualTo(401);
    }

    // ---- made-up requests ----

    @Test
    void madeUpRequestsAreAnsweredWithProblemsNeverAFiveHundred() {
        assertProblem("/api/feeds/documents/no-such-document", 404);
        assertProblem("/api/calendars/documents/no-such-document", 404);
        assertProblem("/api/feeds/documents/Not_A_Slug", 400);
        assertProblem("/api/calendars/documents/Not_A_Slug", 400);
        assertProblem("/api/feeds/delegations/XYZ", 400);
        assertProblem("/api/calendars/delegations/XYZ", 400);
        assertProblem("/api/feeds/delegations/M%01X", 400);
        assertProblem("/api/calendars/delegations/%E2%80%AEMEX", 400);
        assertProblem("/api/feeds/documents/abc%0Adef", 400);
        assertProblem("/api/feeds/all?size=%00", 400);
    }

    private static void assertProblem(String path, int status) {
        ApiClient.Answer answer = api.getAnything("mexico", path);
        assertThat(answer.status()).as("%s: %s", path, answer).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(path).contains("problem+json");
    }

    // ---- helpers ----

    private static Feed atom(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    private static Calendar ical(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Calendar calendar(String id) throws Exception {
        ApiClient.Answer answer = api.getAnything("mexico", "/api/calendars/documents/" + id);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return ical(answer.raw().body());
    }

    private static VEvent event(Calendar calendar, String uidPart) {
        List<VEvent> events = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getUid().orElseThrow().getValue().contains(uidPart + "@")).toList();
        assertThat(events).as("one event %s in %s", uidPart, calendar).hasSize(1);
        return events.get(0);
    }

    private static String property(Calendar calendar, String name) {
        Optional<Property> property = calendar.getProperty(name);
        return property.orElseThrow().getValue();
    }

    private static Instant instant(java.time.temporal.Temporal temporal) {
        return temporal instanceof ZonedDateTime zoned ? zoned.toInstant() : Instant.from(temporal);
    }

    /** When the document's one act of {@code type} was recorded, to the second. */
    private static Instant recordedAt(String document, String type) {
        JsonNode entries = api.get("mexico", document + "/history?type=" + type).body().get("entries");
        assertThat(entries).hasSize(1);
        return seconds(entries.get(0).get("recordedAt"));
    }

    private static Instant seconds(JsonNode time) {
        return Instant.parse(time.asText()).truncatedTo(ChronoUnit.SECONDS);
    }

    private static JsonNode actOf(JsonNode history, Entry entry) {
        long sequence = Long.parseLong(entry.getId().substring(entry.getId().lastIndexOf('/') + 1));
        for (JsonNode act : history.get("entries")) {
            if (act.get("sequence").asLong() == sequence) {
                return act;
            }
        }
        throw new AssertionError("no act " + sequence + " in the history");
    }

    private static String local(ZonedDateTime time) {
        return time.toLocalDateTime() + "[" + time.getZone().getId() + "]";
    }

    private static HttpResponse<String> anonymous(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
