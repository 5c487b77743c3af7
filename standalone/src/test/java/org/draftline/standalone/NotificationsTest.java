package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Webhooks and e-mail, end to end: a real receiver (the JDK's HTTP server) checks signatures, order, a
 * retry after it answered 500 and the event ids; a real SMTP server (GreenMail) receives the mails, read
 * back as a delegate's mail program would. Retries wait 200 ms here, and the silence reminder comes a few
 * seconds after the silence starts ({@code reminder-before} just under the notice given).
 */
class NotificationsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Duration NOTICE = Duration.ofHours(2).plusSeconds(12);

    @TempDir
    static Path dataDir;

    private static DraftlineServer server;
    private static ApiClient api;
    private static HttpServer receiver;
    private static GreenMail smtp;
    private static final HttpClient http = HttpClient.newHttpClient();
    /** Every request the receiver got, per path, in the order they came. */
    private static final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private static final AtomicInteger documents = new AtomicInteger();

    record Received(Map<String, String> headers, String body, int answered) {

        JsonNode json() {
            try {
                return ApiClient.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @BeforeAll
    static void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            List<Received> requests = received.computeIfAbsent(path, key -> new CopyOnWriteArrayList<>());
            // the flaky receiver fails its first request, then takes everything
            int status = path.endsWith("/flaky") && requests.isEmpty() ? 500 : 204;
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            requests.add(new Received(headers, body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        server = DraftlineServer.start(dataDir,
                "--draftline.notifications.allow-private-addresses=true",
                "--draftline.notifications.retry-initial=200ms",
                "--draftline.notifications.reminder-before=" + NOTICE.minusSeconds(8),
                "--draftline.notifications.base-url=https://draftline.example",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--db-scheduler.polling-interval=250ms");
        api = server.client();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void webhookDeliveriesAreSignedInOrderPerDocumentRetriedAndCarryTheEventId() throws Exception {
        String id = "webhooks-" + documents.incrementAndGet();
        String membersOnly = "webhooks-members-" + documents.incrementAndGet();
        ApiClient.Answer registered = send("POST", "mexico", "/api/webhooks",
                body("url", hook("flaky"), "documents", List.of(id)));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        String webhook = registered.body().path("id").asText();
        String secret = registered.body().path("secret").asText();
        assertThat(registered.header("Location")).endsWith("/api/webhooks/" + webhook);
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        ApiClient.Answer observers = send("POST", "observer", "/api/webhooks", body("url", hook("observer")));
        assertThat(observers.status()).as("%s", observers).isEqualTo(201);
        String observerSecret = observers.body().path("secret").asText();

        negotiate(membersOnly, true);
        negotiate(id, false);
        JsonNode history = api.get("secretariat", "/api/documents/" + id + "/history?size=100").body().path("entries");
        int events = history.size();
        assertThat(events).isGreaterThanOrEqualTo(5);

        await("every event of " + id + " delivered").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> eventIds(requests("flaky")).size() == events);
        List<Received> flaky = requests("flaky");
        for (Received request : flaky) {
            assertSigned(request, secret);
            assertThat(request.headers().get("draftline-event-id")).isEqualTo(request.json().path("id").asText());
            assertThat(request.json().path("document").asText()).isEqualTo(id);
        }
        assertThat(flaky.get(0).answered()).isEqualTo(500);
        assertThat(flaky.get(1).json().path("id").asText()).as("the refused delivery is retried first")
                .isEqualTo(flaky.get(0).json().path("id").asText());
        List<Long> sequences = flaky.stream().map(request -> request.json().path("sequence").asLong()).toList();
        assertThat(sequences).as("in the document's order, the retry first").isSorted();
        assertThat(new LinkedHashSet<>(sequences)).hasSize(events);
        for (Received request : flaky) {
            JsonNode entry = history.get((int) request.json().path("sequence").asLong());
            assertThat(request.json().path("type").asText()).isEqualTo(entry.path("type").asText());
            assertThat(request.json().path("summary").asText()).isEqualTo(entry.path("summary").asText());
        }
        assertThat(flaky.get(2).json().path("actor").path("username").asText()).isNotBlank();

        JsonNode listed = send("GET", "mexico", "/api/webhooks", null).body().path("webhooks");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("secret")).as("the secret is shown once").isFalse();
        JsonNode deliveries = listed.get(0).path("deliveries");
        assertThat(deliveries).hasSize(events);
        assertThat(deliveries.findValuesAsText("status")).containsOnly("DELIVERED");
        JsonNode retried = deliveries.get(deliveries.size() - 1);
        assertThat(retried.path("attempts").asInt()).isEqualTo(2);
        assertThat(retried.path("lastAnswer").asInt()).isEqualTo(204);

        // the observer hears of the public document, and of nothing on the members-only one
        await("the observer's deliveries").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> requests("observer").stream().filter(request ->
                        request.json().path("document").asText().equals(id)).count() == events);
        for (Received request : requests("observer")) {
            assertSigned(request, observerSecret);
        }
        assertThat(requests("observer")).noneMatch(request ->
                request.json().path("document").asText().equals(membersOnly));
        JsonNode observed = send("GET", "observer", "/api/webhooks", null).body().path("webhooks").get(0)
                .path("deliveries");
        assertThat(observed.findValuesAsText("document")).doesNotContain(membersOnly);

        assertThat(send("GET", "belgium", "/api/webhooks/" + webhook, null).code()).isEqualTo("UNKNOWN_WEBHOOK");
        assertThat(send("DELETE", "belgium", "/api/webhooks/" + webhook, null).status()).isEqualTo(404);
        assertThat(send("GET", "belgium", "/api/webhooks?all=true", null).code()).isEqualTo("NOT_SECRETARIAT");
        assertThat(send("GET", "secretariat", "/api/webhooks?all=true", null).body().path("webhooks")
                .findValuesAsText("id")).contains(webhook);
        assertThat(send("DELETE", "mexico", "/api/webhooks/" + webhook, null).status()).isEqualTo(204);
        assertThat(send("GET", "mexico", "/api/webhooks/" + webhook, null).status()).isEqualTo(404);
        assertThat(send("DELETE", "secretariat", "/api/webhooks/" + observers.body().path("id").asText(), null)
                .status()).as("the secretariat deletes any").isEqualTo(204);
    }

    @Test
    void registrationsAreCheckedAndABadOneNamesItsField() {
        Map<Map<String, Object>, String> refused = Map.of(
                body("url", "ftp://receiver.example/hook"), "url",
                body("url", "https://user:password@receiver.example/hook"), "url",
                body("url", "not a url at all"), "url",
                body("events", List.of("SilenceStarted")), "url",
                body("url", hook("steady"), "events", List.of("SilenceStarted", "SilencePassedQuietly")), "events",
                body("url", hook("steady"), "events", List.of()), "events",
                body("url", hook("steady"), "documents", List.of("Not A Slug")), "documents",
                body("url", hook("steady"), "colour", "blue"), "colour");
        refused.forEach((registration, field) -> {
            ApiClient.Answer answer = send("POST", "belgium", "/api/webhooks", registration);
            assertThat(answer.status()).as("%s -> %s", registration, answer).isEqualTo(400);
            assertThat(answer.body().path("errors").findValuesAsText("field")).as("%s", answer).contains(field);
        });
        assertThat(send("GET", "belgium", "/api/webhooks", null).body().path("webhooks")).as("nothing registered")
                .isEmpty();
        assertThat(send("POST", null, "/api/webhooks", body("url", hook("steady"))).status()).isEqualTo(401);
    }

    @Test
    void mailsTellWhatEachAccountChoseWithDeadlinesInNewYorkAndTheReadersZone() throws Exception {
        ApiClient.Answer defaults = send("GET", "qatar", "/api/account/notifications", null);
        assertThat(defaults.body().path("zone").asText()).isEqualTo("America/New_York");
        assertThat(defaults.body().path("topics")).isEmpty();
        assertThat(defaults.body().path("mailSent").asBoolean()).isTrue();
        ApiClient.Answer chosen = send("PUT", "belgium", "/api/account/notifications", body("email",
                "belgium@mission.test", "zone", "Europe/Brussels", "topics",
                List.of("NEW_DRAFT", "SILENCE_STARTED", "SILENCE_PASSING")));
        assertThat(chosen.status()).as("%s", chosen).isEqualTo(200);
        JsonNode saved = send("GET", "belgium", "/api/account/notifications", null).body();
        assertThat(saved.path("email").asText()).isEqualTo("belgium@mission.test");
        assertThat(saved.path("zone").asText()).isEqualTo("Europe/Brussels");
        assertThat(saved.path("topics").toString()).isEqualTo("[\"NEW_DRAFT\",\"SILENCE_STARTED\",\"SILENCE_PASSING\"]");
        assertThat(send("PUT", "mexico", "/api/account/notifications", body("email", "mexico@mission.test",
                "topics", List.of("SILENCE_BROKEN"))).status()).isEqualTo(200);
        assertThat(send("PUT", "observer", "/api/account/notifications", body("email", "observer@press.test",
                "topics", List.of("NEW_DRAFT"))).status()).isEqualTo(200);

        String id = "mails-" + documents.incrementAndGet();
        String document = "/api/documents/" + id;
        String membersOnly = "mails-members-" + documents.incrementAndGet();
        act(api, "secretariat", "/api/documents", body("id", membersOnly, "title", "Members' " + membersOnly,
                "kind", "DECLARATION", "body", "General Assembly", "visibility", "MEMBERS"));
        act(api, "secretariat", "/api/documents/" + membersOnly + "/co-facilitators",
                body("coFacilitators", List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api, "belgium", "/api/documents/" + membersOnly + "/zero-draft",
                body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT));
        act(api, "secretariat", "/api/documents", body("id", id, "title", "Declaration on " + id,
                "kind", "DECLARATION", "body", "General Assembly"));
        act(api, "secretariat", document + "/co-facilitators",
                body("coFacilitators", List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api, "belgium", document + "/zero-draft", body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT));
        act(api, "qatar", document + "/revised-drafts", body("text", SeedNegotiations.MODALITIES_REVISED_DRAFT));
        Instant deadline = Instant.now().plus(NOTICE).truncatedTo(ChronoUnit.SECONDS);
        act(api, "belgium", document + "/silence-procedure", body("deadline", deadline.toString()));

        // the zero draft of each document, the revision, the silence, and its reminder a few seconds later
        await("Belgium's mails").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> mailsTo("belgium@mission.test").size() >= 5);
        List<MimeMessage> belgium = mailsTo("belgium@mission.test");
        assertThat(belgium).hasSize(5);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : belgium) {
            subjects.add(mail.getSubject());
            assertThat(mail.getHeader("Draftline-Event-Id")).isNotEmpty();
            assertThat(part(mail, "text/plain")).contains("https://draftline.example/documents/");
            assertThat(part(mail, "text/html")).contains("<a href=\"https://draftline.example/documents/");
        }
        assertThat(subjects).containsExactlyInAnyOrder(
                "Draftline: New draft: Members' " + membersOnly,
                "Draftline: New draft: Declaration on " + id,
                "Draftline: New draft: Declaration on " + id,
                "Draftline: Silence procedure started: Declaration on " + id,
                "Draftline: Silence passing soon: Declaration on " + id);
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
        for (MimeMessage mail : belgium) {
            if (mail.getSubject().contains("Silence")) {
                String text = part(mail, "text/plain");
                assertThat(text).contains(clock.format(deadline.atZone(NEW_YORK)) + " (E")
                        .contains(" New York time, ")
                        .contains("In your zone (Europe/Brussels): ")
                        .contains(clock.format(deadline.atZone(ZoneId.of("Europe/Brussels"))) + " (CE");
                assertThat(part(mail, "text/html")).contains("In your zone (Europe/Brussels): ");
            }
        }
        // the observer hears of the public drafts only; Mexico of nothing yet, then of the break it chose
        await("the observer's mails").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> mailsTo("observer@press.test").size() >= 2);
        assertThat(mailsTo("observer@press.test")).extracting(MimeMessage::getSubject)
                .containsOnly("Draftline: New draft: Declaration on " + id);
        assertThat(mailsTo("mexico@mission.test")).isEmpty();
        act(api, "mexico", document + "/silence-procedure/breaks", body("reason", "Mexico cannot join on OP2."));
        await("Mexico's mail").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> mailsTo("mexico@mission.test").size() == 1);
        assertThat(mailsTo("mexico@mission.test").get(0).getSubject())
                .isEqualTo("Draftline: Silence broken: Declaration on " + id);
        assertThat(mailsTo("observer@press.test")).hasSize(2);
    }

    @Test
    void badNotificationChoicesAre400NamingTheField() {
        Map<Map<String, Object>, String> refused = Map.of(
                body("email", "not an address"), "email",
                body("email", "Belgium <belgium@mission.test>"), "email",
                body("email", "belgium@mission.test", "zone", "Mars/Olympus_Mons"), "zone",
                body("email", "belgium@mission.test", "topics", List.of("GOSSIP")), "topics");
        refused.forEach((choices, field) -> {
            ApiClient.Answer answer = send("PUT", "ecuador", "/api/account/notifications", choices);
            assertThat(answer.status()).as("%s -> %s", choices, answer).isEqualTo(400);
            assertThat(answer.body().path("errors").findValuesAsText("field").toString()).as("%s", answer)
                    .contains(field);
        });
        assertThat(send("GET", "ecuador", "/api/account/notifications", null).body().path("email").isNull())
                .as("nothing saved").isTrue();
    }

    @Test
    void choicesAreMadeOnTheirPageAsTheApiMakesThem() {
        PageClient page = PageClient.signedIn(api.base(), "qatar");
        String form = page.page("/account/notifications");
        assertThat(form).contains("name=\"email\"").contains("value=\"SILENCE_PASSING\"")
                .contains("A silence passes within a day").contains("href=\"/account/notifications\"");
        PageClient.Posted saved = page.post("/account/notifications", List.of(Map.entry("email", "qatar@mission.test"),
                Map.entry("zone", "Asia/Qatar"), Map.entry("topics", "CONSENSUS"), Map.entry("topics", "ADOPTION")));
        assertThat(saved.status()).as("%s", saved).isEqualTo(302);
        assertThat(saved.problem()).as("%s", saved).isNullOrEmpty();
        assertThat(page.page(saved.location().replaceFirst("^https?://[^/]+", "")))
                .contains("Your e-mail notifications are saved.")
                .contains("value=\"qatar@mission.test\"").contains("value=\"Asia/Qatar\"");
        JsonNode choices = send("GET", "qatar", "/api/account/notifications", null).body();
        assertThat(choices.path("email").asText()).isEqualTo("qatar@mission.test");
        assertThat(choices.path("zone").asText()).isEqualTo("Asia/Qatar");
        assertThat(choices.path("topics").toString()).isEqualTo("[\"CONSENSUS\",\"ADOPTION\"]");

        PageClient.Posted refused = page.post("/account/notifications", List.of(Map.entry("email", "qatar at mission"),
                Map.entry("zone", "Asia/Qatar")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(send("GET", "qatar", "/api/account/notifications", null).body().path("email").asText())
                .as("nothing saved").isEqualTo("qatar@mission.test");
        assertThat(PageClient.anonymous(api.base()).get("/account/notifications").statusCode()).isEqualTo(302);
    }

    /** A public or members-only document through its zero draft, input, revision and a silence broken. */
    private static void negotiate(String id, boolean membersOnly) {
        String document = "/api/documents/" + id;
        Map<String, Object> registration = body("id", id, "title", "Webhooks " + id, "kind", "RESOLUTION",
                "body", "General Assembly");
        if (membersOnly) {
            registration.put("visibility", "MEMBERS");
        }
        act(api, "secretariat", "/api/documents", registration);
        act(api, "secretariat", document + "/co-facilitators",
                body("coFacilitators", List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api, "belgium", document + "/zero-draft", body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT));
        act(api, "mexico", document + "/inputs", body("onDraft", "zero", "comments", "Mexico welcomes the draft."));
        act(api, "qatar", document + "/revised-drafts", body("text", SeedNegotiations.MODALITIES_REVISED_DRAFT));
    }

    private static void assertSigned(Received request, String secret) throws Exception {
        String signature = request.headers().get("draftline-signature");
        assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
        long seconds = Long.parseLong(signature.substring(2, signature.indexOf(',')));
        assertThat(Math.abs(Instant.now().getEpochSecond() - seconds)).as("a fresh timestamp").isLessThan(300);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((seconds + "." + request.body())
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(signature.substring(signature.indexOf("v1=") + 3)).isEqualTo(expected);
    }

    private static Set<String> eventIds(List<Received> requests) {
        Set<String> ids = new LinkedHashSet<>();
        requests.stream().filter(request -> request.answered() < 300)
                .forEach(request -> ids.add(request.headers().get("draftline-event-id")));
        return ids;
    }

    private static List<Received> requests(String name) {
        return received.getOrDefault("/hooks/" + name, List.of());
    }

    private static String hook(String name) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/" + name;
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getAllRecipients()[0].toString().equals(address)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** The text of the mail's part of {@code type}, wherever it is nested. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int index = 0; index < multipart.getCount(); index++) {
                BodyPart child = multipart.getBodyPart(index);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static ApiClient.Answer send(String method, String user, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(ApiClient.write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + DraftlineServer.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                    : ApiClient.JSON.readTree(response.body());
            return new ApiClient.Answer(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
