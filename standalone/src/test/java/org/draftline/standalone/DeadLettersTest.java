package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.DocumentEvent.SupportingDocumentPublished;
import org.draftline.api.document.DocumentId;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * An event a read model cannot apply parks that one document's events in Axon's dead-letter queue while
 * every other document goes on; the health endpoint and the secretariat see it, and a retry after the
 * cause is gone lets the read model catch up. Both failures are provoked below the HTTP validation: an
 * event with a NUL character written straight into the event store, and a read-model table that
 * refuses one document's rows for a while.
 */
class DeadLettersTest {

    private static final String POISONED = "poisoned-declaration";
    private static final String BROKEN = "broken-declaration";
    private static final String HEALTHY = "healthy-declaration";

    @TempDir
    Path dataDir;

    @Test
    void aFailingEventParksItsDocumentOnlyAndIsRetriedOnceItsCauseIsGone() {
        try (DraftlineServer server = DraftlineServer.start(dataDir)) {
            ApiClient firstApi = server.client();
            ApiClient api = firstApi;
            long poisonedSequence = register(api, POISONED);
            register(api, BROKEN);
            register(api, HEALTHY);

            publishStraightIntoTheStore(server, POISONED, poisonedSequence + 1, "Letter\u0000 of the President");
            refuseHistoryRowsOf(server, BROKEN);
            ApiClient.Answer brokenAct = publish(api, BROKEN, "Concept note");
            assertThat(brokenAct.status()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(parkedDocuments(firstApi, "history")).containsExactlyInAnyOrder(POISONED, BROKEN));

            long started = System.nanoTime();
            ApiClient.Answer healthyAct = publish(api, HEALTHY, "Programme of the hearing");
            assertThat(healthyAct.status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("a command on another document does not wait for the parked ones")
                    .isLessThan(Duration.ofSeconds(2));
            assertThat(historyTypes(api, HEALTHY)).containsExactly("DocumentRegistered", "SupportingDocumentPublished");
            assertThat(historyTypes(api, BROKEN)).containsExactly("DocumentRegistered");

            JsonNode history = processor(api, "history");
            JsonNode poisoned = lettersOf(history, POISONED).get(0);
            assertThat(poisoned.get("sequence").asLong()).isEqualTo(poisonedSequence + 1);
            assertThat(poisoned.get("eventType").asText()).isEqualTo("SupportingDocumentPublished");
            assertThat(poisoned.get("attempts").asInt()).isEqualTo(1);
            assertThat(poisoned.at("/cause/message").asText()).contains("0x00");
            assertThat(poisoned.get("firstFailureAt").asText()).isNotEmpty();
            assertThat(poisoned.get("lastFailureAt").asText()).isNotEmpty();
            JsonNode broken = lettersOf(history, BROKEN).get(0);
            assertThat(broken.get("sequence").asLong()).isEqualTo(brokenAct.sequence());
            assertThat(broken.at("/cause/message").asText()).contains("history is closed for " + BROKEN);
            assertThat(processor(api, "inputs").get("events").asInt()).isZero();

            JsonNode health = api.get("secretariat", "/actuator/health").body();
            assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
            assertThat(health.at("/components/deadLetters/details/processors/history/parkedEvents").asInt())
                    .isEqualTo(2);
            assertThat(texts(health.at("/components/deadLetters/details/processors/history/documents")))
                    .containsExactlyInAnyOrder(POISONED, BROKEN);
            ApiClient.Answer anonymousHealth = api.get(null, "/actuator/health");
            assertThat(anonymousHealth.status()).isEqualTo(200);
            assertThat(anonymousHealth.body().get("status").asText()).isEqualTo("DEGRADED");
            assertThat(anonymousHealth.body().has("components")).isFalse();

            server.restart();
            api = server.client();

            assertThat(parkedDocuments(api, "history")).containsExactlyInAnyOrder(POISONED, BROKEN);
            ApiClient.Answer afterRestart = publish(api, POISONED, "Announcement");
            assertThat(afterRestart.status()).isEqualTo(200);
            ApiClient finalApi = api;
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(lettersOf(processor(finalApi, "history"), POISONED)).hasSize(2));
            assertThat(lettersOf(processor(api, "history"), POISONED).get(1).get("sequence").asLong())
                    .as("parked behind the failure of its document, in order")
                    .isEqualTo(afterRestart.sequence());

            allowHistoryRows(server);
            ApiClient.Answer retry = api.post("secretariat", "/api/admin/dead-letters/history/retry", "");
            assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
            assertThat(texts(retry.body().get("retried"))).containsExactlyInAnyOrder(POISONED, BROKEN);
            assertThat(texts(retry.body().get("cleared"))).containsExactly(BROKEN);
            List<JsonNode> stillParked = lettersOf(retry.body().get("stillParked"), POISONED);
            assertThat(stillParked).hasSize(2);
            assertThat(stillParked.get(0).get("attempts").asInt()).isEqualTo(2);

            assertThat(parkedDocuments(api, "history")).containsExactly(POISONED);
            assertThat(historyTypes(api, BROKEN)).containsExactly("DocumentRegistered", "SupportingDocumentPublished");
            ApiClient.Answer caughtUp = api.get("observer", "/api/documents/" + BROKEN + "/history?minSequence="
                    + brokenAct.sequence());
            assertThat(caughtUp.status()).isEqualTo(200);
            assertThat(texts(api.get("secretariat", "/actuator/health").body()
                    .at("/components/deadLetters/details/processors/history/documents"))).containsExactly(POISONED);
        }
    }

    /**
     * A rebuild reads many documents' events in one batch, written at once without savepoints: when the
     * poisoned row fails the batch, the batch is applied again event by event, so only that document is
     * parked and every other row of the batch is written.
     */
    @Test
    void aRebuildParksOnlyThePoisonedDocumentAndWritesTheRestOfItsBatch() {
        try (DraftlineServer server = DraftlineServer.start(dataDir)) {
            ApiClient api = server.client();
            long poisonedSequence = register(api, POISONED);
            register(api, HEALTHY);
            assertThat(publish(api, HEALTHY, "Concept note").status()).isEqualTo(200);
            publishStraightIntoTheStore(server, POISONED, poisonedSequence + 1, "Letter\u0000 of the President");
            assertThat(publish(api, HEALTHY, "Programme of the hearing").status()).isEqualTo(200);
            ApiClient.Answer last = publish(api, HEALTHY, "Letter of the co-facilitators");
            assertThat(last.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(parkedDocuments(api, "history")).containsExactly(POISONED));

            List<StreamingEventProcessor> processors = streamingProcessors(server);
            processors.forEach(StreamingEventProcessor::shutDown);
            processors.forEach(StreamingEventProcessor::resetTokens);
            assertThat(processor(api, "history").get("events").asInt()).as("a rebuild starts afresh").isZero();
            processors.forEach(StreamingEventProcessor::start);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(historyTypes(api, HEALTHY)).containsExactly("DocumentRegistered",
                        "SupportingDocumentPublished", "SupportingDocumentPublished", "SupportingDocumentPublished");
                assertThat(parkedDocuments(api, "history")).containsExactly(POISONED);
            });
            assertThat(historyTypes(api, POISONED)).containsExactly("DocumentRegistered");
            assertThat(lettersOf(processor(api, "history"), POISONED).get(0).get("sequence").asLong())
                    .isEqualTo(poisonedSequence + 1);
            assertThat(processor(api, "document-status").get("events").asInt()).isZero();
            assertThat(api.get("observer", "/api/documents/" + HEALTHY).body().get("sequence").asLong())
                    .isEqualTo(last.sequence());
        }
    }

    /**
     * A rebuild copies each batch's new rows ({@code COPY}, which has no {@code ON CONFLICT}): a row already
     * there when the replay reaches its event fails that copy, and the batch goes again the careful way, whose
     * inserts skip the row as a live read model's do. Nothing is parked, and the row is not written twice.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRowAlreadyThereWhenARebuildReachesItsEventIsKeptAndParksNothing(CapturedOutput output) {
        try (DraftlineServer server = DraftlineServer.start(dataDir)) {
            ApiClient api = server.client();
            register(api, HEALTHY);
            ApiClient.Answer last = publish(api, HEALTHY, "Concept note, \"revised\" \\ [draft]");
            assertThat(last.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(historyTypes(api, HEALTHY)).hasSize(2));

            List<StreamingEventProcessor> processors = streamingProcessors(server);
            processors.forEach(StreamingEventProcessor::shutDown);
            processors.forEach(StreamingEventProcessor::resetTokens);
            server.application().getBean(JdbcTemplate.class).update("""
                    INSERT INTO history_entry (document_id, sequence, type, occurred_at, recorded_at, summary, details)
                    VALUES (?, ?, 'SupportingDocumentPublished', now(), now(), 'written before the replay', '{}')""",
                    HEALTHY, last.sequence());
            processors.forEach(StreamingEventProcessor::start);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(historyTypes(api, HEALTHY)).containsExactly("DocumentRegistered",
                        "SupportingDocumentPublished");
                assertThat(api.get("observer", "/api/documents/" + HEALTHY).body().get("sequence").asLong())
                        .isEqualTo(last.sequence());
            });
            JsonNode entries = api.get("observer", "/api/documents/" + HEALTHY + "/history").body().get("entries");
            assertThat(entries.get(1).get("summary").asText()).isEqualTo("written before the replay");
            assertThat(parkedDocuments(api, "history")).isEmpty();
            assertThat(processor(api, "document-status").get("events").asInt()).isZero();
            assertThat(output.getAll()).as("the copy refused the row; an insert would have skipped it")
                    .contains("duplicate key value violates unique constraint \"history_entry_pkey\"");
        }
    }

    @Test
    void onlyTheSecretariatSeesAndRetriesParkedEvents() {
        try (DraftlineServer server = DraftlineServer.start(dataDir)) {
            ApiClient api = server.client();

            ApiClient.Answer observer = api.get("observer", "/api/admin/dead-letters");
            assertThat(observer.status()).isEqualTo(403);
            assertThat(observer.code()).isEqualTo("NOT_SECRETARIAT");
            assertThat(observer.header("Content-Type")).startsWith("application/problem+json");
            ApiClient.Answer delegate = api.post("belgium", "/api/admin/dead-letters/history/retry", "");
            assertThat(delegate.status()).isEqualTo(403);
            assertThat(api.get(null, "/api/admin/dead-letters").status()).isEqualTo(401);

            ApiClient.Answer unknown = api.post("secretariat", "/api/admin/dead-letters/no-such-model/retry", "");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.code()).isEqualTo("UNKNOWN_PROCESSOR");

            JsonNode listing = api.get("secretariat", "/api/admin/dead-letters").body();
            List<String> processors = new ArrayList<>();
            listing.get("processors").forEach(processor -> {
                processors.add(processor.get("processor").asText());
                assertThat(processor.get("events").asInt()).isZero();
            });
            assertThat(processors).containsExactlyInAnyOrder("compilation", "document-status", "drafts", "groups",
                    "history", "inputs", "meetings");
            ApiClient.Answer nothingToRetry = api.post("secretariat", "/api/admin/dead-letters/drafts/retry", "");
            assertThat(nothingToRetry.status()).isEqualTo(200);
            assertThat(nothingToRetry.body().get("retried")).isEmpty();
            assertThat(api.get("secretariat", "/actuator/health").body().get("status").asText()).isEqualTo("UP");
        }
    }

    private static List<StreamingEventProcessor> streamingProcessors(DraftlineServer server) {
        return server.application().getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    private static long register(ApiClient api, String id) {
        ApiClient.Answer answer = api.post("secretariat", "/api/documents", body("id", id, "title",
                "Political declaration " + id, "kind", "DECLARATION", "body", "General Assembly"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.sequence();
    }

    private static ApiClient.Answer publish(ApiClient api, String document, String title) {
        return api.post("secretariat", "/api/documents/" + document + "/supporting-documents",
                body("kind", "OTHER", "title", title));
    }

    /** What no request can send any more, but an event already stored, or written by other means, may hold. */
    static void publishStraightIntoTheStore(DraftlineServer server, String document, long sequence,
                                                    String title) {
        SupportingDocumentPublished event = new SupportingDocumentPublished(DocumentId.of(document),
                SupportingDocumentKind.LETTER, title, null, Instant.now());
        server.application().getBean(EventStore.class).publish(new GenericDomainEventMessage<>(
                "NegotiatedDocument", document, sequence, event,
                MetaData.from(Actor.secretariat("secretariat").toMetaData())));
    }

    private static void refuseHistoryRowsOf(DraftlineServer server, String document) {
        JdbcTemplate jdbc = server.application().getBean(JdbcTemplate.class);
        jdbc.execute("""
                CREATE FUNCTION refuse_history_row() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'history is closed for %', NEW.document_id;
                END $$""");
        jdbc.execute("CREATE TRIGGER refuse_history_row BEFORE INSERT ON history_entry FOR EACH ROW WHEN "
                + "(NEW.document_id = '" + document + "') EXECUTE FUNCTION refuse_history_row()");
    }

    private static void allowHistoryRows(DraftlineServer server) {
        JdbcTemplate jdbc = server.application().getBean(JdbcTemplate.class);
        jdbc.execute("DROP TRIGGER refuse_history_row ON history_entry");
        jdbc.execute("DROP FUNCTION refuse_history_row()");
    }

    private static JsonNode processor(ApiClient api, String name) {
        ApiClient.Answer listing = api.get("secretariat", "/api/admin/dead-letters");
        assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
        for (JsonNode processor : listing.body().get("processors")) {
            if (processor.get("processor").asText().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name + " in " + listing);
    }

    private static List<String> parkedDocuments(ApiClient api, String processor) {
        List<String> documents = new ArrayList<>();
        processor(api, processor).get("letters").forEach(letter -> {
            if (!documents.contains(letter.get("document").asText())) {
                documents.add(letter.get("document").asText());
            }
        });
        return documents;
    }

    private static List<JsonNode> lettersOf(JsonNode processor, String document) {
        List<JsonNode> letters = new ArrayList<>();
        processor.get("letters").forEach(letter -> {
            if (letter.get("document").asText().equals(document)) {
                letters.add(letter);
            }
        });
        return letters;
    }

    private static List<String> historyTypes(ApiClient api, String document) {
        ApiClient.Answer history = api.get("observer", "/api/documents/" + document + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        history.body().get("entries").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
