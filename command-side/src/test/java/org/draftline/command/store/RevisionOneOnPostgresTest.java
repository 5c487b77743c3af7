package org.draftline.command.store;

import org.draftline.command.CommandSide;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command side as a service of its own registers the upcasters too: a document whose events an older
 * Draftline stored at revision 1 (written here with SQL, with a co-facilitator's code since dropped from
 * the reference list) loads, knows its draft's paragraphs, and takes the next command.
 */
class RevisionOneOnPostgresTest {

    private static final String DOCUMENT = "stored-at-revision-one";
    private static final String EVENTS = "org.draftline.api.document.DocumentEvent$";
    private static final Actor MEXICO_DELEGATE = Actor.delegate("mexico-delegate", Delegation.of("MEX"));

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aDocumentStoredAtRevisionOneTakesTheNextCommand() {
        application = CommandSide.start(dataDir);
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        store(jdbc, 0, "DocumentRegistered", "{\"documentId\":\"" + DOCUMENT + "\",\"title\":\"Modalities\","
                + "\"kind\":\"RESOLUTION\",\"body\":\"General Assembly\",\"session\":\"71\",\"mandate\":null,"
                + "\"occurredAt\":\"2017-01-16T15:00:00Z\"}");
        store(jdbc, 1, "CoFacilitatorsAppointed", "{\"documentId\":\"" + DOCUMENT + "\",\"coFacilitators\":["
                + "{\"delegation\":\"BEL\",\"representative\":null},{\"delegation\":\"YUG\",\"representative\":null}],"
                + "\"letter\":null,\"occurredAt\":\"2017-01-20T15:00:00Z\"}");
        store(jdbc, 2, "ZeroDraftCirculated", "{\"documentId\":\"" + DOCUMENT + "\",\"label\":\"zero\",\"text\":"
                + "\"The General Assembly,\\n\\nRecalling its resolution 70/179,\\n\\n1. Decides:\\n(a) to convene a"
                + " meeting;\\n(b) to hear civil society;\",\"occurredAt\":\"2017-02-01T15:00:00Z\"}");

        send(input("OP1(b)"));
        assertThatThrownBy(() -> send(input("OP2")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(NegotiationRule.UNKNOWN_PARAGRAPH));
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ?"
                + " ORDER BY sequencenumber", String.class, DOCUMENT)).last().isEqualTo(EVENTS + "InputSubmitted");
    }

    private static SubmitInput input(String paragraph) {
        return new SubmitInput(DocumentId.of(DOCUMENT), DraftLabel.ZERO, Delegation.of("MEX"), null, null,
                List.of(new Proposal(paragraph, ProposalAction.DELETE, null)), null);
    }

    private void send(Object command) {
        CommandSide.send(application, command, MEXICO_DELEGATE);
    }

    private static void store(JdbcTemplate jdbc, long sequence, String type, String payload) {
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,"
                        + " metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                DOCUMENT, sequence, "NegotiatedDocument", UUID.randomUUID().toString(),
                "{\"actor\":\"pga-office\",\"role\":\"SECRETARIAT\"}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), "1", EVENTS + type, "2017-02-01T15:00:00Z");
    }
}
