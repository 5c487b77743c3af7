package org.draftline.command.integrity;

import org.draftline.command.CommandSide;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.integrity.IntegrityCheck;
import org.draftline.api.meeting.PublishSupportingDocument;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chain as the command side writes it on a real PostgreSQL: one link per event, written or rolled back
 * with it, also under concurrent commands; heads signed by the scheduled task without anyone asking; and
 * the sweep noticing a record edited underneath.
 */
class ChainOnPostgresTest {

    private static final Actor SECRETARIAT = Actor.secretariat("pga-office");

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    private void start(String... arguments) {
        String[] all = Stream.concat(Stream.of("--draftline.integrity.signing-interval=PT1S"), Stream.of(arguments))
                .toArray(String[]::new);
        application = CommandSide.start(dataDir, all);
    }

    private void send(Object command) {
        CommandSide.send(application, command, SECRETARIAT);
    }

    private JdbcTemplate sql() {
        return new JdbcTemplate(application.getBean(DataSource.class));
    }

    private long count(String table, String column, DocumentId document) {
        return sql().queryForObject("SELECT count(*) FROM " + table + " WHERE " + column + " = ?", Long.class,
                document.value());
    }

    private DocumentId register(String id) {
        DocumentId document = DocumentId.of(id);
        send(new RegisterDocument(document, "Chained " + id, DocumentKind.DECISION, "General Assembly", null, null,
                null));
        send(new AppointCoFacilitators(document, List.of(new CoFacilitator(Delegation.of("BEL"), null),
                new CoFacilitator(Delegation.of("QAT"), null)), null, null));
        return document;
    }

    @Test
    void everyEventGetsItsLinkAlsoUnderConcurrentCommandsAndARefusedOneLeavesNone() throws Exception {
        start();
        DocumentId document = register("chained-concurrently");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Void>> published = new ArrayList<>();
            for (int number = 1; number <= 12; number++) {
                String title = "Note " + number;
                published.add(CompletableFuture.runAsync(() -> send(new PublishSupportingDocument(document,
                        SupportingDocumentKind.OTHER, title, null, null)), threads));
            }
            CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdown();
        }
        assertThatThrownBy(() -> send(new RegisterDocument(document, "Again", DocumentKind.OTHER, "General Assembly",
                null, null, null))).isInstanceOf(RuntimeException.class);

        assertThat(count("domainevententry", "aggregateidentifier", document)).isEqualTo(14);
        assertThat(count("event_chain", "aggregate_id", document)).isEqualTo(14);
        IntegrityCheck check = application.getBean(RecordIntegrity.class).check(document.value()).orElseThrow();
        assertThat(check.verified()).as("%s", check).isTrue();
        assertThat(check.events()).isEqualTo(14);
    }

    @Test
    void eventsReadBackCarryTheTimesStoredForLoadingAndForProcessors() {
        start();
        DocumentId document = register("read-back-in-time");
        Map<String, Instant> stored = new HashMap<>();
        sql().query("SELECT eventidentifier, timestamp FROM domainevententry WHERE aggregateidentifier = ?",
                row -> {
                    stored.put(row.getString(1), Instant.parse(row.getString(2)));
                }, document.value());
        assertThat(stored).hasSize(2);
        EventStore events = application.getBean(EventStore.class);

        Map<String, Instant> loaded = new HashMap<>();
        events.readEvents(document.value()).asStream()
                .forEach(event -> loaded.put(event.getIdentifier(), event.getTimestamp()));
        Map<String, Instant> tracked = new HashMap<>();
        try (var stream = events.openStream(null)) {
            while (tracked.size() < 2 && stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier().equals(document.value())) {
                    assertThat(event.trackingToken()).isNotNull();
                    tracked.put(event.getIdentifier(), event.getTimestamp());
                }
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(loaded).isEqualTo(stored);
        assertThat(tracked).isEqualTo(stored);
    }

    @Test
    void theScheduledTaskSignsGrownHeadsAndTheSweepNoticesAnEditedRecord() {
        start();
        DocumentId kept = register("chained-and-kept");
        DocumentId edited = register("chained-and-edited");

        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (sql().queryForObject("SELECT count(*) FROM signed_head WHERE sequence = 1", Long.class) < 2
                && Instant.now().isBefore(giveUp)) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        assertThat(sql().queryForList("SELECT aggregate_id FROM signed_head WHERE sequence = 1", String.class))
                .containsExactlyInAnyOrder(kept.value(), edited.value());

        sql().update("""
                UPDATE domainevententry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Chained', 'Rechained'), 'UTF8')
                WHERE aggregateidentifier = ? AND sequencenumber = 0""", edited.value());

        RecordIntegrity integrity = application.getBean(RecordIntegrity.class);
        assertThat(integrity.checkEveryDocument()).isEqualTo(1);
        assertThat(integrity.check(edited.value()).orElseThrow().reason()).isEqualTo(IntegrityCheck.BreakReason.EDITED);
        assertThat(integrity.check(kept.value()).orElseThrow().verified()).isTrue();
    }

    @Test
    void linksMarkedByTheMacMigrationGetTheirMacOnceAtStartAndNoOthers() {
        start();
        DocumentId upgraded = register("chained-before-the-mac");
        DocumentId stripped = register("chained-and-stripped");
        assertThat(sql().queryForObject("SELECT count(*) FROM event_chain WHERE mac IS NULL", Long.class)).isZero();
        // the record as the previous version left it: links without MACs, the MAC migration not yet applied;
        // the next start applies it, which marks every link then present
        sql().update("ALTER TABLE event_chain DROP COLUMN mac");
        sql().update("DROP TABLE event_chain_mac_pending");
        sql().update("DELETE FROM flyway_schema_history WHERE version = ?", MacMigration.VERSION);
        application.close();

        // the migrations that came after the MAC's are already applied here, unlike on a record the previous
        // version left: let Flyway apply the MAC's below them
        start("--spring.flyway.out-of-order=true");
        // links of the stripped document lost their MAC after the upgrade: as an attacker's would look
        sql().update("UPDATE event_chain SET mac = NULL WHERE aggregate_id = ?", stripped.value());

        RecordIntegrity integrity = application.getBean(RecordIntegrity.class);
        IntegrityCheck check = integrity.check(upgraded.value()).orElseThrow();
        assertThat(check.verified()).as("%s", check).isTrue();
        IntegrityCheck unmarked = integrity.check(stripped.value()).orElseThrow();
        assertThat(unmarked.verified()).isFalse();
        assertThat(unmarked.reason()).isEqualTo(IntegrityCheck.BreakReason.FORGED_LINK);
        assertThat(unmarked.firstBrokenSequence()).isZero();
        assertThat(sql().queryForObject("SELECT count(*) FROM event_chain_mac_pending", Long.class)).isZero();

        // marks written in SQL at any later start are not the migration's: a restart gives them no MAC
        sql().update("INSERT INTO event_chain_mac_pending (aggregate_id, sequence, hash) "
                + "SELECT aggregate_id, sequence, hash FROM event_chain WHERE aggregate_id = ?", stripped.value());
        application.close();
        start();
        integrity = application.getBean(RecordIntegrity.class);
        assertThat(integrity.check(stripped.value()).orElseThrow().reason())
                .isEqualTo(IntegrityCheck.BreakReason.FORGED_LINK);
        assertThat(sql().queryForObject("SELECT count(*) FROM event_chain_mac_pending", Long.class)).isPositive();
        sql().update("DELETE FROM event_chain_mac_pending");

        // marked again later, say by someone relinking an edit: a start MACs only what still matches its events
        sql().update("""
                UPDATE domainevententry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Chained', 'Rechained'), 'UTF8')
                WHERE aggregateidentifier = ? AND sequencenumber = 0""", stripped.value());
        sql().update("INSERT INTO event_chain_mac_pending (aggregate_id, sequence, hash) "
                + "SELECT aggregate_id, sequence, hash FROM event_chain WHERE aggregate_id = ?", stripped.value());
        assertThat(integrity.macMarkedLinks()).isZero();
        assertThat(integrity.check(stripped.value()).orElseThrow().reason())
                .isEqualTo(IntegrityCheck.BreakReason.EDITED);
    }
}
