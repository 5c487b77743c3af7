package org.draftline.platform.events;

import org.draftline.platform.postgres.EmbeddedPostgresAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appends to the event table are announced by PostgreSQL to the listening connection, which publishes
 * them in the process, and which listens again after its connection was killed. The waits only bound a
 * test that would otherwise hang.
 */
class AppendNotificationsTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner draftline() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class,
                        FlywayAutoConfiguration.class, EventNotificationsAutoConfiguration.class))
                .withPropertyValues("draftline.data-dir=" + dataDir, "draftline.port=0",
                        "axon.axonserver.enabled=false", "spring.flyway.locations=classpath:db/migration/axon")
                .withBean(Heard.class);
    }

    @Test
    void anAppendIsAnnouncedOncePerAggregateWithItsHighestSequenceAndARolledBackOneNeverAndProgressApart() {
        draftline().run(context -> {
            Heard heard = listening(context);
            JdbcTemplate sql = new JdbcTemplate(context.getBean(DataSource.class));

            sql.update(insert(3), "first-document", 0, "first-document", 1, "second-document", 0);

            assertThat(List.of(heard.next(), heard.next())).containsExactlyInAnyOrder(
                    new EventsAppended("first-document", 1), new EventsAppended("second-document", 0));

            try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                connection.setAutoCommit(false);
                new JdbcTemplate(new SingleConnectionDataSource(connection, true)).update(insert(1), "rolled-back", 0);
                connection.rollback();
            }
            sql.update(insert(1), "first-document", 2);
            assertThat(heard.next()).as("nothing of the rolled-back append")
                    .isEqualTo(new EventsAppended("first-document", 2));

            sql.execute("NOTIFY " + AppendNotifications.PROGRESS_CHANNEL);
            assertThat(heard.advanced.poll(30, TimeUnit.SECONDS)).as("read models' progress announced").isNotNull();
            assertThat(heard.appended).as("progress is no append").isEmpty();
        });
    }

    @Test
    void whatThisInstanceNotifiedItselfIsCountedButNotPublishedAgain() {
        draftline().run(context -> {
            Heard heard = listening(context);
            AppendNotifications notifications = context.getBean(AppendNotifications.class);
            DataSource dataSource = context.getBean(DataSource.class);
            try (Connection ours = dataSource.getConnection()) {
                context.getBean(OwnNotifications.class).notifyingThrough(ours);
                JdbcTemplate sql = new JdbcTemplate(new SingleConnectionDataSource(ours, true));
                sql.update(insert(1), "appended-here", 0);
                sql.execute("NOTIFY " + AppendNotifications.PROGRESS_CHANNEL);
            }
            // another instance's backend: a connection of its own, never named as this instance's
            try (Connection theirs = EventNotificationsAutoConfiguration.openListening(dataSource)) {
                new JdbcTemplate(new SingleConnectionDataSource(theirs, true)).update(insert(1), "appended-there", 0);
            }

            assertThat(heard.next()).as("only the other's append, delivered after ours")
                    .isEqualTo(new EventsAppended("appended-there", 0));
            assertThat(notifications.ownReceived()).as("our append and our progress").isEqualTo(2);
            assertThat(notifications.received()).as("appends heard, ours included").isEqualTo(2);
            assertThat(heard.advanced).as("our own progress wakes nobody again").isEmpty();
        });
    }

    @Test
    void listensAgainAfterItsConnectionIsKilled() {
        draftline().run(context -> {
            Heard heard = listening(context);
            AppendNotifications notifications = context.getBean(AppendNotifications.class);
            JdbcTemplate sql = new JdbcTemplate(context.getBean(DataSource.class));

            Integer killed = sql.queryForObject("""
                    SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?""",
                    Integer.class, AppendNotifications.APPLICATION_NAME);
            assertThat(killed).isEqualTo(1);

            assertThat(heard.resumed.poll(30, TimeUnit.SECONDS)).as("told that it listens again").isNotNull();
            assertThat(notifications.connections()).isEqualTo(2);
            sql.update(insert(1), "after-the-outage", 0);
            assertThat(heard.next()).isEqualTo(new EventsAppended("after-the-outage", 0));
        });
    }

    @Test
    void stopsListeningWhenTheApplicationCloses() {
        draftline().run(context -> {
            listening(context);
            context.getBean(AppendNotifications.class).stop();
            JdbcTemplate sql = new JdbcTemplate(context.getBean(DataSource.class));
            // the backend leaves pg_stat_activity a moment after the client closed its socket
            within30Seconds("the listening connection closed", () -> listeners(sql) == 0);
            assertThat(context.getBean(AppendNotifications.class).isRunning()).isFalse();
        });
    }

    @Test
    void behindAxonServerNothingListens() {
        draftline().withPropertyValues("axon.axonserver.enabled=true")
                .run(context -> assertThat(context).doesNotHaveBean(AppendNotifications.class));
    }

    /** Waits until the listening connection has run its LISTEN, as the application does once started. */
    private static Heard listening(ApplicationContext context) throws InterruptedException {
        AppendNotifications notifications = context.getBean(AppendNotifications.class);
        JdbcTemplate sql = new JdbcTemplate(context.getBean(DataSource.class));
        within30Seconds("listening", () -> listeners(sql) > 0 && notifications.connections() > 0);
        return context.getBean(Heard.class);
    }

    /** Waits for {@code done}, which PostgreSQL's side reaches a moment later; fails after 30 s. */
    private static void within30Seconds(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static int listeners(JdbcTemplate sql) {
        Integer listening = sql.queryForObject("""
                SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND query LIKE 'LISTEN%'""",
                Integer.class, AppendNotifications.APPLICATION_NAME);
        return listening == null ? 0 : listening;
    }

    /** One INSERT statement of {@code rows} events, each given by its aggregate and sequence. */
    private static String insert(int rows) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload,
                                              payloadtype, timestamp) VALUES """);
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "" : ", ").append("(?, ?, 'Test', '").append(UUID.randomUUID())
                    .append("', '{}'::bytea, 'test', '2026-12-01T00:00:00Z')");
        }
        return sql.toString();
    }

    static class Heard {
        final BlockingQueue<EventsAppended> appended = new LinkedBlockingQueue<>();
        final BlockingQueue<AppendNotificationsResumed> resumed = new LinkedBlockingQueue<>();
        final BlockingQueue<ReadModelsAdvanced> advanced = new LinkedBlockingQueue<>();

        @EventListener
        void on(ReadModelsAdvanced event) {
            advanced.add(event);
        }

        @EventListener
        void on(EventsAppended event) {
            appended.add(event);
        }

        @EventListener
        void on(AppendNotificationsResumed event) {
            resumed.add(event);
        }

        EventsAppended next() throws InterruptedException {
            EventsAppended next = appended.poll(30, TimeUnit.SECONDS);
            assertThat(next).as("an announcement within 30 s").isNotNull();
            return next;
        }
    }
}
