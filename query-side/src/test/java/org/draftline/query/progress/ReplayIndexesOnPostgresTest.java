package org.draftline.query.progress;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A reset empties a read model's table and sets aside the indexes that enforce nothing, noting them in the same
 * transaction; they are built again as they were, once, and a key still refuses a second row meanwhile.
 */
class ReplayIndexesOnPostgresTest {

    @TempDir
    static Path data;

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;

    private ReplayIndexes indexes;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
        DataSource database = postgres.getPostgresDatabase();
        jdbc = new JdbcTemplate(database);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        jdbc.execute("""
                CREATE TABLE replay_set_aside_index (name TEXT NOT NULL PRIMARY KEY, definition TEXT NOT NULL,
                    set_aside_at TIMESTAMPTZ NOT NULL DEFAULT now())""");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void aReadModelTable() {
        jdbc.execute("DROP TABLE IF EXISTS entry");
        jdbc.execute("DELETE FROM replay_set_aside_index");
        jdbc.execute("""
                CREATE TABLE entry (document_id VARCHAR(80) NOT NULL, sequence BIGINT NOT NULL, label TEXT NOT NULL,
                    "Recorded at" TIMESTAMPTZ NOT NULL, PRIMARY KEY (document_id, sequence))""");
        jdbc.execute("CREATE UNIQUE INDEX entry_label ON entry (document_id, label)");
        jdbc.execute("CREATE INDEX entry_recorded_at ON entry (\"Recorded at\" DESC)");
        jdbc.execute("CREATE INDEX \"Entry by label\" ON entry (lower(label)) WHERE sequence > 0");
        jdbc.update("INSERT INTO entry VALUES ('a', 1, 'PP1', now()), ('a', 2, 'OP1', now())");
        indexes = new ReplayIndexes(jdbc);
    }

    @Test
    void aResetEmptiesTheTableAndSetsAsideOnlyTheIndexesThatEnforceNothing() {
        Map<String, String> before = definitions();

        transaction.executeWithoutResult(status -> indexes.empty("entry"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM entry", Long.class)).isZero();
        assertThat(definitions()).containsOnlyKeys("entry_pkey", "entry_label");
        assertThat(jdbc.queryForMap("SELECT * FROM replay_set_aside_index WHERE name = 'Entry by label'"))
                .containsEntry("definition", before.get("Entry by label"));
        jdbc.update("INSERT INTO entry VALUES ('a', 1, 'PP1', now())");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO entry VALUES ('a', 1, 'PP2', now())"))
                .as("the primary key still refuses a second row").isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO entry VALUES ('a', 2, 'PP1', now())"))
                .as("a unique index too").isInstanceOf(DuplicateKeyException.class);

        transaction.executeWithoutResult(status -> indexes.restore());

        assertThat(definitions()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM replay_set_aside_index", Long.class)).isZero();
    }

    @Test
    void aResetThatRollsBackKeepsTheRowsAndTheIndexes() {
        Map<String, String> before = definitions();

        transaction.executeWithoutResult(status -> {
            indexes.empty("entry");
            status.setRollbackOnly();
        });

        assertThat(definitions()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM entry", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM replay_set_aside_index", Long.class)).isZero();
    }

    @Test
    void aSecondResetDuringTheReplayKeepsTheNotesAndABuildThatRollsBackLeavesThem() {
        Map<String, String> before = definitions();
        transaction.executeWithoutResult(status -> indexes.empty("entry"));
        transaction.executeWithoutResult(status -> indexes.empty("entry"));

        transaction.executeWithoutResult(status -> {
            indexes.restore();
            status.setRollbackOnly();
        });
        assertThat(definitions()).containsOnlyKeys("entry_pkey", "entry_label");

        transaction.executeWithoutResult(status -> indexes.restore());
        assertThat(definitions()).isEqualTo(before);
        transaction.executeWithoutResult(status -> indexes.restore());
        assertThat(definitions()).isEqualTo(before);
    }

    @Test
    void notesLeftByAnEarlierProcessAreBuiltByTheFirstBatchThatEndsAReplay() {
        Map<String, String> before = definitions();
        transaction.executeWithoutResult(status -> indexes.empty("entry"));

        ReplayIndexes afterARestart = new ReplayIndexes(jdbc);
        transaction.executeWithoutResult(status -> afterARestart.restore());

        assertThat(definitions()).isEqualTo(before);
    }

    @Test
    void aBatchEndsTheReplayWithTheEventTheResetBeganAtOrAnyEventAfterIt() {
        ReplayToken replay = (ReplayToken) ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10));

        assertThat(ReplayIndexes.endReplay(List.of(at(replay.advancedTo(new GlobalSequenceTrackingToken(9))))))
                .isFalse();
        assertThat(ReplayIndexes.endReplay(List.of(at(replay.advancedTo(new GlobalSequenceTrackingToken(9))),
                at(replay.advancedTo(new GlobalSequenceTrackingToken(10)))))).isTrue();
        assertThat(ReplayIndexes.endReplay(List.of(at(replay.advancedTo(new GlobalSequenceTrackingToken(11))))))
                .as("past the replay").isTrue();
        assertThat(ReplayIndexes.endReplay(List.of(at(new GlobalSequenceTrackingToken(3))))).as("no replay").isTrue();
        assertThat(ReplayIndexes.endReplay(List.of())).isFalse();
    }

    private static TrackedEventMessage<?> at(TrackingToken token) {
        return new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage("an event"));
    }

    private static Map<String, String> definitions() {
        return jdbc.query("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'entry'",
                rows -> {
                    Map<String, String> definitions = new java.util.TreeMap<>();
                    while (rows.next()) {
                        definitions.put(rows.getString(1), rows.getString(2));
                    }
                    return definitions;
                });
    }
}
