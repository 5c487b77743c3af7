package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The secretariat rebuilds every read model from the record and follows it: the rebuild answers at once,
 * refuses a second one while it runs, the pages say the record is being re-read, and afterwards every read
 * model answers exactly as before. The rebuild is held in progress honestly: a transaction of the test
 * locks the audit trail's table, so emptying it (the history's reset) waits, as it would behind a slow
 * database, until the test lets it go. The same lock holds one read model behind new events, which the
 * progress and the pages show as catching up.
 */
class ReadModelRebuildTest {

    private static final List<String> READ_MODELS = List.of("compilation", "document-status", "drafts", "groups",
            "history", "inputs", "meetings");

    @TempDir
    Path dataDir;

    @Test
    void aRebuildAnswersAtOnceRefusesASecondAndLeavesEveryReadModelAsItWas() throws Exception {
        try (DraftlineServer server = DraftlineServer.start(dataDir)) {
            ApiClient api = server.client();
            SeedNegotiations.modalitiesResolution(api);
            SeedNegotiations.politicalDeclaration(api);
            PageClient page = PageClient.signedIn("http://127.0.0.1:" + server.port(), "observer");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertCaughtUp(progress(api), head(server)));
            Map<String, JsonNode> before = everyReadModel(api);
            Map<String, String> indexes = indexes(server);
            assertThat(indexes).containsKeys("history_entry_recorded_at", "member_state_input_delegation");
            assertThat(page.get("/").body()).doesNotContain("being re-read");

            ApiClient.Answer started;
            try (Connection connection = server.application().getBean(DataSource.class).getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LOCK TABLE history_entry IN ACCESS EXCLUSIVE MODE");
                }

                started = api.post("secretariat", "/api/admin/projections/rebuild", "");
                assertThat(started.status()).as(started.toString()).isEqualTo(202);
                assertThat(started.header("Location")).endsWith("/api/admin/projections");
                assertThat(started.body().get("rebuilding").asBoolean()).isTrue();
                assertShape(started.body());

                ApiClient.Answer second = api.post("secretariat", "/api/admin/projections/rebuild", "");
                assertThat(second.status()).as(second.toString()).isEqualTo(409);
                assertThat(second.code()).isEqualTo("REBUILD_RUNNING");
                assertThat(second.header("Content-Type")).startsWith("application/problem+json");

                JsonNode during = progress(api);
                assertThat(during.get("rebuilding").asBoolean()).isTrue();
                assertShape(during);
                String dashboard = page.get("/").body();
                assertThat(dashboard).contains("The record is being re-read").contains("hx-get=\"/rereading\"");
                assertThat(page.get("/rereading").body()).as("the banner the page asks for again")
                        .contains("The record is being re-read");
                connection.rollback();
            }

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(progress(api).get("rebuilding").asBoolean()).isFalse());
            JsonNode after = progress(api);
            assertCaughtUp(after, head(server));
            assertThat(everyReadModel(api)).isEqualTo(before);
            assertThat(indexes(server)).as("the indexes set aside for the replay, built again")
                    .isEqualTo(indexes);
            assertThat(server.application().getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM replay_set_aside_index", Long.class))
                    .isZero();
            assertThat(page.get("/").body()).doesNotContain("being re-read");
            assertThat(page.get("/rereading").body()).as("nothing left to show: htmx removes the banner").isBlank();

            ApiClient.Answer again = api.post("secretariat", "/api/admin/projections/rebuild", "");
            assertThat(again.status()).as("a rebuild once the last has caught up: %s", again).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(progress(api).get("rebuilding").asBoolean()).isFalse());
            assertThat(everyReadModel(api)).isEqualTo(before);
            assertThat(indexes(server)).isEqualTo(indexes);
        }
    }

    /** Every index of the schema, by name, as PostgreSQL would create it. */
    private static Map<String, String> indexes(DraftlineServer server) {
        Map<String, String> indexes = new TreeMap<>();
        server.application().getBean(JdbcTemplate.class).query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()",
                (RowCallbackHandler) row -> indexes.put(row.getString(1), row.getString(2)));
        return indexes;
    }

    /**
     * With a processor per read model, so that one held read model can be told from the others that go on
     * (by default one processor runs them all, and a held table holds them all back together).
     */
    @Test
    void aReadModelHeldBehindTheRecordIsShownCatchingUpUntilItHasReadIt() throws Exception {
        try (DraftlineServer server = DraftlineServer.start(dataDir, DraftlineServer.READ_YOUR_WRITES + "1s",
                "--draftline.projections.one-processor=false")) {
            ApiClient api = server.client();
            SeedNegotiations.modalitiesResolution(api);
            PageClient page = PageClient.signedIn("http://127.0.0.1:" + server.port(), "observer");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertCaughtUp(progress(api), head(server)));

            try (Connection connection = server.application().getBean(DataSource.class).getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LOCK TABLE history_entry IN ACCESS EXCLUSIVE MODE");
                }
                SeedNegotiations.politicalDeclaration(api);
                long head = head(server);

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    JsonNode held = progress(api);
                    assertShape(held);
                    assertThat(held.get("catchingUp").asBoolean()).as("%s", held).isTrue();
                    assertThat(held.get("rebuilding").asBoolean()).isFalse();
                    JsonNode history = readModel(held, "history");
                    assertThat(history.get("catchingUp").asBoolean()).as("%s", history).isTrue();
                    assertThat(history.get("position").asLong()).isLessThan(head);
                    assertThat(history.get("percent").asDouble()).isLessThan(100.0);
                    assertThat(history.get("replaying").asBoolean()).as("behind, but not replaying").isFalse();
                    JsonNode drafts = readModel(held, "drafts");
                    assertThat(drafts.get("position").asLong()).as("the others go on").isEqualTo(head);
                    assertThat(drafts.get("catchingUp").asBoolean()).isFalse();
                });
                assertThat(page.get("/").body()).containsPattern("The record is being re-read: \\d+% done");
                connection.rollback();
            }

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertCaughtUp(progress(api), head(server)));
            assertThat(page.get("/").body()).doesNotContain("being re-read");
        }
    }

    @Test
    void theProgressIsTheSecretariatsOnly() {
        try (DraftlineServer server = DraftlineServer.start(dataDir)) {
            ApiClient api = server.client();
            for (String user : List.of("observer", "belgium")) {
                ApiClient.Answer read = api.get(user, "/api/admin/projections");
                assertThat(read.status()).isEqualTo(403);
                assertThat(read.code()).isEqualTo("NOT_SECRETARIAT");
                ApiClient.Answer rebuild = api.post(user, "/api/admin/projections/rebuild", "");
                assertThat(rebuild.status()).isEqualTo(403);
                assertThat(rebuild.code()).isEqualTo("NOT_SECRETARIAT");
            }
            assertThat(api.get(null, "/api/admin/projections").status()).isEqualTo(401);

            JsonNode empty = progress(api);
            assertThat(empty.get("head").asLong()).as("an empty record").isEqualTo(-1);
            assertThat(empty.get("rebuilding").asBoolean()).isFalse();
        }
    }

    private static JsonNode progress(ApiClient api) {
        ApiClient.Answer answer = api.get("secretariat", "/api/admin/projections");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode readModel(JsonNode progress, String name) {
        for (JsonNode model : progress.get("readModels")) {
            if (model.get("name").asText().equals(name)) {
                return model;
            }
        }
        throw new AssertionError("no read model " + name + " in " + progress);
    }

    /** The newest event's global index, whatever it records (the groups' mandates are events too). */
    private static long head(DraftlineServer server) {
        Long head = server.application().getBean(JdbcTemplate.class)
                .queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return head == null ? -1 : head;
    }

    private static void assertShape(JsonNode progress) {
        long head = progress.get("head").asLong();
        assertThat(progress.has("catchingUp")).isTrue();
        List<String> names = new ArrayList<>();
        for (JsonNode model : progress.get("readModels")) {
            names.add(model.get("name").asText());
            assertThat(model.get("head").asLong()).isEqualTo(head);
            JsonNode position = model.get("position");
            assertThat(position.isNull() || position.asLong() <= head).as("%s", model).isTrue();
            JsonNode percent = model.get("percent");
            assertThat(percent.isNull() || percent.asDouble() >= 0 && percent.asDouble() <= 100).as("%s", model).isTrue();
            assertThat(position.isNull()).as("percent known exactly when the position is: %s", model)
                    .isEqualTo(percent.isNull());
            for (String field : List.of("processor", "eventsPerSecond", "secondsLeft", "replaying")) {
                assertThat(model.has(field)).as("%s in %s", field, model).isTrue();
            }
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(READ_MODELS);
    }

    private static void assertCaughtUp(JsonNode progress, long head) {
        assertShape(progress);
        assertThat(progress.get("head").asLong()).isEqualTo(head);
        assertThat(progress.get("catchingUp").asBoolean()).as("%s", progress).isFalse();
        assertThat(progress.get("rebuilding").asBoolean()).isFalse();
        for (JsonNode model : progress.get("readModels")) {
            assertThat(model.get("processor").asText()).as("%s", model).isNotBlank();
            assertThat(model.get("position").asLong()).as("%s", model).isEqualTo(head);
            assertThat(model.get("percent").asDouble()).as("%s", model).isEqualTo(100.0);
            assertThat(model.get("secondsLeft").asDouble()).as("%s", model).isZero();
            assertThat(model.get("replaying").asBoolean()).as("%s", model).isFalse();
            JsonNode pace = model.get("eventsPerSecond");
            assertThat(pace.isNull() || pace.asDouble() >= 0).as("%s", model).isTrue();
        }
    }

    /** What every read model answers about the seeded documents, by request. */
    private static Map<String, JsonNode> everyReadModel(ApiClient api) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of("/api/documents", "/api/groups", "/api/groups/G77"));
        for (String document : List.of(SeedNegotiations.MODALITIES, SeedNegotiations.DECLARATION)) {
            String base = "/api/documents/" + document;
            paths.addAll(List.of(base, base + "/history", base + "/drafts", base + "/inputs",
                    base + "/drafts/zero", base + "/drafts/zero/compilation", base + "/drafts/rev1/compilation"));
        }
        for (String path : paths) {
            ApiClient.Answer answer = api.get("secretariat", path);
            assertThat(answer.status()).as("%s: %s", path, answer).isEqualTo(200);
            answers.put(path, answer.body());
        }
        return answers;
    }
}
