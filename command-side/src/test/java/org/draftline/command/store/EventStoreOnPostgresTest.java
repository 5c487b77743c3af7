package org.draftline.command.store;

import org.draftline.command.CommandSide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.draftline.api.Deadline;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.ExtendInputWindow;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command side on a real embedded PostgreSQL: events land in Axon's table as readable JSON, survive
 * the application's restart on the same data directory, and a refused command writes nothing.
 */
class EventStoreOnPostgresTest {

    private static final DocumentId DOCUMENT = DocumentId.of("modalities-resolution");
    private static final Actor SECRETARIAT = Actor.secretariat("pga-office");
    private static final Actor CO_FACILITATOR = Actor.delegate("belgium-pr", Delegation.of("BEL"))
            .recordedBy("pga-office");
    private static final Actor MEXICO_DELEGATE = Actor.delegate("mexico-delegate", Delegation.of("MEX"))
            .recordedBy("pga-office");

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    private ConfigurableApplicationContext start() {
        return CommandSide.start(dataDir);
    }

    private void send(Object command, Actor actor) {
        CommandSide.send(application, command, actor);
    }

    private List<Map<String, Object>> storedEvents() {
        return application.getBean(JdbcTemplate.class).queryForList("""
                SELECT sequencenumber, payloadtype, payloadrevision,
                       convert_from(payload, 'UTF8') AS payload, convert_from(metadata, 'UTF8') AS metadata
                FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""", DOCUMENT.value());
    }

    private void recordTheStartOfTheNegotiation() {
        send(new RegisterDocument(DOCUMENT, "Modalities of the high-level meeting", DocumentKind.RESOLUTION,
                "General Assembly", "71", "GA resolution 70/179", Instant.parse("2017-01-16T15:00:00Z")), SECRETARIAT);
        send(new AppointCoFacilitators(DOCUMENT, List.of(new CoFacilitator(Delegation.of("BEL"), null),
                new CoFacilitator(Delegation.of("QAT"), null)), null, Instant.parse("2017-01-20T15:00:00Z")),
                SECRETARIAT);
        send(new CirculateZeroDraft(DOCUMENT, "PP1 Recalling ...\nOP1 Decides ...",
                new Deadline(Instant.parse("2017-02-10T23:00:00Z"), ZoneId.of("America/New_York")),
                Instant.parse("2017-02-01T15:00:00Z")), CO_FACILITATOR);
    }

    @Test
    void eventsAreStoredAsJsonAndSurviveARestart() throws Exception {
        application = start();
        recordTheStartOfTheNegotiation();
        application.close();

        application = start();
        List<Map<String, Object>> events = storedEvents();
        assertThat(events).extracting(row -> ((Number) row.get("sequencenumber")).longValue())
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(events).extracting(row -> row.get("payloadtype")).containsExactly(
                "org.draftline.api.document.DocumentEvent$DocumentRegistered",
                "org.draftline.api.document.DocumentEvent$CoFacilitatorsAppointed",
                "org.draftline.api.document.DocumentEvent$ZeroDraftCirculated",
                "org.draftline.api.document.DocumentEvent$InputWindowOpened");
        assertThat(events).extracting(row -> row.get("payloadrevision")).containsExactly("2", "1", "2", "1");

        ObjectMapper json = new ObjectMapper();
        JsonNode registered = json.readTree((String) events.get(0).get("payload"));
        assertThat(registered.get("title").asText()).isEqualTo("Modalities of the high-level meeting");
        assertThat(registered.get("occurredAt").asText()).isEqualTo("2017-01-16T15:00:00Z");
        assertThat(registered.get("visibility").asText()).isEqualTo("PUBLIC");
        JsonNode window = json.readTree((String) events.get(3).get("payload"));
        assertThat(window.at("/deadline/zone").asText()).isEqualTo("America/New_York");
        JsonNode zeroDraft = json.readTree((String) events.get(2).get("payload"));
        assertThat(zeroDraft.get("paragraphs").isArray()).isTrue();
        assertThat(zeroDraft.get("paragraphs")).isNotEmpty();
        JsonNode zeroDraftMetadata = json.readTree((String) events.get(2).get("metadata"));
        assertThat(zeroDraftMetadata.get("actor").asText()).isEqualTo("belgium-pr");
        assertThat(zeroDraftMetadata.get("delegation").asText()).isEqualTo("BEL");

        send(new CirculateRevisedDraft(DOCUMENT, "PP1 Recalling ...\nOP1 Decides, as revised ...", null,
                Instant.parse("2017-02-20T15:00:00Z")), CO_FACILITATOR);
        assertThat(storedEvents()).extracting(row -> ((Number) row.get("sequencenumber")).longValue())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(storedEvents().get(5).get("payloadtype"))
                .isEqualTo("org.draftline.api.document.DocumentEvent$RevisedDraftCirculated");
    }

    @Test
    void aRefusedCommandLeavesTheEventTableUnchanged() {
        application = start();
        recordTheStartOfTheNegotiation();
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        String everyRow = "SELECT count(*) || ':' || coalesce(max(globalindex), 0) FROM domainevententry";
        String before = jdbc.queryForObject(everyRow, String.class);

        SubmitInput lateInput = new SubmitInput(DOCUMENT, DraftLabel.ZERO, Delegation.of("MEX"), null,
                "Late comments", List.of(), Instant.parse("2017-02-11T15:00:00Z"));
        assertThatThrownBy(() -> send(lateInput, MEXICO_DELEGATE))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(NegotiationRule.DEADLINE_PASSED));
        assertThat(jdbc.queryForObject(everyRow, String.class)).isEqualTo(before);

        RegisterDocument again = new RegisterDocument(DOCUMENT, "Same id", DocumentKind.OTHER, "General Assembly",
                null, null, null);
        // the unique (aggregate, sequence) index is the guard; the HTTP layer turns this into a 409
        assertThatThrownBy(() -> send(again, SECRETARIAT))
                .isInstanceOf(EventStoreException.class)
                .hasRootCauseInstanceOf(SQLException.class)
                .rootCause().satisfies(cause -> assertThat(((SQLException) cause).getSQLState()).isEqualTo("23505"));
        assertThat(jdbc.queryForObject(everyRow, String.class)).isEqualTo(before);
    }

    @Test
    void aRefusedCommandLeavesNothingBehindInTheCachedDocumentEither() {
        application = start();
        recordTheStartOfTheNegotiation();
        // dated after the window's deadline: the window's closing is applied first, then the input refused
        SubmitInput lateInput = new SubmitInput(DOCUMENT, DraftLabel.ZERO, Delegation.of("MEX"), null,
                "Late comments", List.of(), Instant.parse("2017-02-11T15:00:00Z"));
        assertThatThrownBy(() -> send(lateInput, MEXICO_DELEGATE)).isInstanceOf(RuleViolation.class);

        // had the rolled-back closing stayed in memory, the window would be closed and this dated too early
        send(new ExtendInputWindow(DOCUMENT, new Deadline(Instant.parse("2017-02-15T23:00:00Z"),
                ZoneId.of("America/New_York")), Instant.parse("2017-02-05T15:00:00Z")), CO_FACILITATOR);
        assertThat(storedEvents()).extracting(row -> row.get("payloadtype")).last()
                .isEqualTo("org.draftline.api.document.DocumentEvent$InputWindowExtended");
    }

    @Test
    void aCommandForAnUnknownDocumentIsRefused() {
        application = start();
        assertThatThrownBy(() -> send(new CirculateZeroDraft(DocumentId.of("no-such-document"), "OP1 Decides", null, null),
                CO_FACILITATOR)).isInstanceOf(AggregateNotFoundException.class);
        assertThat(application.getBean(JdbcTemplate.class)
                .queryForObject("SELECT count(*) FROM domainevententry", Integer.class)).isZero();
    }

    @Test
    void theEmbeddedDatabaseCommitsDurably() {
        application = start();
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
    }
}
