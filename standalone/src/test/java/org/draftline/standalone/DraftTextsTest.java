package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.draftline.query.redline.TwoVersions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.mandate;
import static org.draftline.standalone.SeedNegotiations.record;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Two versions of a UN-style text with proposals from several delegations and a group, through the real
 * server: the parse, the compilation, the redline and the take-up.
 */
class DraftTextsTest {

    private static final String DOCUMENT = "/api/documents/trafficking-response";

    private static ApiClient api;

    @BeforeAll
    static void negotiateTwoVersions() {
        api = SharedServer.client();
        act(api, "secretariat", "/api/documents", body("id", "trafficking-response", "title",
                "Strengthening the response to trafficking in persons", "kind", "RESOLUTION",
                "body", "General Assembly", "occurredAt", "2017-01-02"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-01-03"));
        record(api, "belgium", DOCUMENT + "/zero-draft", body("text", TwoVersions.ZERO_DRAFT, "occurredAt", "2017-01-10"));
        record(api, "mexico", DOCUMENT + "/inputs", body("onDraft", "zero", "occurredAt", "2017-01-12", "proposals", List.of(
                body("paragraph", "OP2", "action", "AMEND", "text", TwoVersions.MEXICO_ON_OP2),
                body("paragraph", "OP1", "action", "DELETE"),
                body("paragraph", "OP3", "action", "AMEND", "text", TwoVersions.MEXICO_ON_OP3))));
        mandate(api, "G77", "ECU", "2017-01-01", "2017-12-31");
        record(api, "ecuador", DOCUMENT + "/inputs", body("onDraft", "zero", "onBehalfOf", "G77",
                "occurredAt", "2017-01-13", "proposals", List.of(
                        body("paragraph", "OP4", "action", "INSERT_AFTER", "text", TwoVersions.G77_AFTER_OP4))));
        record(api, "eu", DOCUMENT + "/inputs", body("onDraft", "zero", "occurredAt", "2017-01-14", "proposals", List.of(
                body("paragraph", "OP5", "action", "AMEND", "text", TwoVersions.EU_ON_OP5),
                body("paragraph", "OP4", "action", "AMEND", "text", TwoVersions.EU_ON_OP4))));
        record(api, "ecuador", DOCUMENT + "/inputs", body("onDraft", "zero", "occurredAt", "2017-01-15", "proposals",
                List.of(body("paragraph", "PP3", "action", "AMEND", "text", TwoVersions.ECUADOR_ON_PP3))));
        record(api, "qatar", DOCUMENT + "/revised-drafts", body("text", TwoVersions.REV_1, "occurredAt", "2017-02-01"));
    }

    private static List<String> values(JsonNode array, String pointer) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.at(pointer).asText(null)));
        return values;
    }

    @Test
    void aDraftIsReadIntoLabelledParagraphs() {
        JsonNode zero = api.get("observer", DOCUMENT + "/drafts/zero").body();
        assertThat(zero.get("title").asText()).isEqualTo("Strengthening the response to trafficking in persons");
        assertThat(zero.get("chapeau").asText()).isEqualTo("The General Assembly,");
        assertThat(values(zero.get("paragraphs"), "/label"))
                .containsExactly("PP1", "PP2", "PP3", "OP1", "OP2", "OP3", "OP4", "OP5", "OP6");
        assertThat(zero.at("/paragraphs/3/text").asText())
                .isEqualTo("Welcomes the progress made by Member States in implementing the Global Plan of Action;");
    }

    @Test
    void aTextThatCannotBeReadIsRefusedNamingTheLine() {
        ApiClient.Answer refused = api.post("qatar", DOCUMENT + "/revised-drafts",
                body("text", "The General Assembly,\n\n1. Decides to act;\n\n3. Requests a report."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("text");
        assertThat(refused.body().at("/errors/0/message").asText()).contains("line 5");
    }

    @Test
    void aProposalOnAParagraphTheVersionLacksIsRefusedNamingIt() {
        ApiClient.Answer refused = api.post("mexico", DOCUMENT + "/inputs", body("onDraft", "rev1",
                "proposals", List.of(body("paragraph", "OP9", "action", "DELETE"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("UNKNOWN_PARAGRAPH");
        assertThat(refused.body().get("detail").asText()).contains("OP9");
    }

    @Test
    void theCompilationAttributesEveryProposalAndItsTakeUp() {
        JsonNode compilation = api.get("observer", DOCUMENT + "/drafts/zero/compilation").body();
        assertThat(compilation.get("nextVersion").asText()).isEqualTo("rev1");
        JsonNode op4 = compilation.get("paragraphs").get(6);
        assertThat(op4.get("label").asText()).isEqualTo("OP4");
        assertThat(values(op4.get("proposals"), "/delegation")).containsExactly("ECU", "EU");
        assertThat(values(op4.get("proposals"), "/onBehalfOf")).containsExactly("G77", null);
        assertThat(values(op4.get("proposals"), "/takeUp")).containsExactly("REFLECTED", "SUPERSEDED");
        assertThat(values(compilation.get("paragraphs"), "/label")).hasSize(9);

        JsonNode takeUp = compilation.get("takeUp");
        assertThat(values(takeUp, "/delegation")).containsExactly("MEX", "G77", "EU", "ECU");
        assertThat(values(takeUp, "/proposals")).containsExactly("3", "1", "2", "1");
        assertThat(values(takeUp, "/reflected")).containsExactly("2", "1", "0", "1");
        assertThat(values(takeUp, "/partlyReflected")).containsExactly("1", "0", "0", "0");
        assertThat(values(takeUp, "/notReflected")).containsExactly("0", "0", "1", "0");
        assertThat(values(takeUp, "/superseded")).containsExactly("0", "0", "1", "0");
    }

    @Test
    void theCompilationFiltersByParagraphAndDelegation() {
        JsonNode mexico = api.get("observer", DOCUMENT + "/drafts/zero/compilation?delegation=MEX").body();
        assertThat(mexico.get("paragraphs").findValues("proposals").stream().mapToInt(JsonNode::size).sum())
                .isEqualTo(3);
        JsonNode op2 = api.get("observer", DOCUMENT + "/drafts/zero/compilation?paragraph=op2").body();
        assertThat(values(op2.get("paragraphs"), "/label")).containsExactly("OP2");
        assertThat(values(op2.at("/paragraphs/0/proposals"), "/takeUp")).containsExactly("REFLECTED");
    }

    @Test
    void theRedlineShowsRenumberedMovedMergedAddedAndDeletedParagraphs() {
        JsonNode redline = api.get("observer", DOCUMENT + "/drafts/zero/compare?with=rev1").body();
        assertThat(values(redline.get("paragraphs"), "/status")).containsExactly("UNCHANGED", "UNCHANGED",
                "MODIFIED", "DELETED", "MODIFIED", "MODIFIED", "DELETED", "ADDED", "UNCHANGED", "UNCHANGED");
        assertThat(values(redline.get("paragraphs"), "/toLabel"))
                .containsExactly("PP1", "PP2", "PP3", null, "OP1", "OP2", null, "OP3", "OP4", "OP5");
        assertThat(redline.at("/paragraphs/6/mergedInto").asText()).isEqualTo("OP2");
        assertThat(redline.at("/paragraphs/9/moved").asBoolean()).isTrue();
        assertThat(redline.at("/summary/renumbered").asInt()).isEqualTo(3);

        ApiClient.Answer html = api.get("observer", DOCUMENT + "/drafts/zero/compare?with=rev1&format=html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.raw().body()).contains("<ins>grave</ins>", "<del>Welcomes the progress",
                "OP4 (merged into OP2)", "OP2 → OP1");
    }

    @Test
    void comparingWithAVersionNeverCirculatedIsNotFound() {
        ApiClient.Answer missing = api.get("observer", DOCUMENT + "/drafts/zero/compare?with=rev4");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("UNKNOWN_DRAFT");
    }
}
