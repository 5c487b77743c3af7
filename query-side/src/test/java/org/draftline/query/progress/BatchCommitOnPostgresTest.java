package org.draftline.query.progress;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.draftline.api.document.DocumentId;
import org.draftline.platform.events.OwnNotifications;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read models' batch commits without waiting for its flush to disk, and only that batch: the server's
 * setting (an accepted command's events wait for the disk) is untouched outside it. What the batch wrote,
 * progress included, is committed and visible to every other connection as soon as the commit answers.
 */
class BatchCommitOnPostgresTest {

    @TempDir
    static Path data;

    private static EmbeddedPostgres postgres;
    private static DataSource database;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", "on").start();
        database = postgres.getPostgresDatabase();
        jdbc = new JdbcTemplate(database);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        jdbc.execute("""
                CREATE TABLE projection_progress (projection VARCHAR(100) NOT NULL, document_id VARCHAR(80) NOT NULL,
                    sequence BIGINT NOT NULL, PRIMARY KEY (projection, document_id))""");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void aBatchCommitsWithoutWaitingForTheDiskAndNothingElseDoes() {
        ProgressRecorder recorder = new ProgressRecorder(jdbc, new BatchWrites(jdbc, new ReplayIndexes(jdbc),
                new DataSourceTransactionManager(database)), new ProgressSignal(),
                new KnownProgress(), new OwnNotifications());
        AtomicReference<String> insideTheBatch = new AtomicReference<>();

        transaction.executeWithoutResult(status -> {
            UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
            recorder.advance("history", DocumentId.of("asynchronous"), 4);
            batch.onPrepareCommit(unitOfWork -> insideTheBatch.set(synchronousCommit()));
            batch.commit();
        });

        assertThat(insideTheBatch).hasValue("off");
        assertThat(synchronousCommit()).as("outside the batch's transaction").isEqualTo("on");
        assertThat(jdbc.queryForObject("SELECT sequence FROM projection_progress WHERE document_id = 'asynchronous'",
                Long.class)).isEqualTo(4);
    }

    private static String synchronousCommit() {
        return jdbc.queryForObject("SHOW synchronous_commit", String.class);
    }
}
