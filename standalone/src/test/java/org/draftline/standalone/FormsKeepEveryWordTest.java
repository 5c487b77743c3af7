package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * A form field sent once with commas in it is recorded whole: a single proposal, a single amendment to a
 * silence, a single co-facilitator's representative (finding 8 of issue 10: each was cut at its first comma).
 */
class FormsKeepEveryWordTest {

    private static final String PROPOSAL = "Encourages Member States, in particular developing countries, "
            + "to share data, where appropriate, through regional mechanisms;";

    private static ApiClient api;

    @BeforeAll
    static void server() {
        api = SharedServer.client();
    }

    @Test
    void aSingleProposalWithCommasIsRecordedWhole() {
        String document = withZeroDraft("forms-single-proposal");
        PageClient mexico = PageClient.signedIn(api.base(), "mexico");

        PageClient.Posted posted = mexico.post("/documents/" + document + "/inputs",
                List.of(entry("onDraft", "zero"), entry("comments", "Mexico, with thanks, proposes:"),
                        entry("paragraph", "OP1"), entry("action", "AMEND"), entry("proposalText", PROPOSAL)));

        assertThat(posted.recorded()).as("%s", posted).isTrue();
        JsonNode input = lastDetails(document, "InputSubmitted");
        assertThat(input.get("comments").asText()).isEqualTo("Mexico, with thanks, proposes:");
        assertThat(input.get("proposals")).hasSize(1);
        assertThat(input.at("/proposals/0/paragraph").asText()).isEqualTo("OP1");
        assertThat(input.at("/proposals/0/text").asText()).isEqualTo(PROPOSAL);
    }

    @Test
    void aSingleAmendmentBreakingSilenceIsRecordedWhole() {
        String document = withZeroDraft("forms-single-amendment");
        act(api, "qatar", "/api/documents/" + document + "/revised-drafts", body("text", DRAFT.replace("Decides",
                "Decides again")));
        act(api, "belgium", "/api/documents/" + document + "/silence-procedure", body("deadline", inDays(3)));
        PageClient mexico = PageClient.signedIn(api.base(), "mexico");

        PageClient.Posted posted = mexico.post("/documents/" + document
                + "/silence/breaks", List.of(entry("reason", "Mexico, regrettably, cannot join"),
                entry("paragraph", "OP1"), entry("action", "AMEND"), entry("proposalText", PROPOSAL)));

        assertThat(posted.recorded()).as("%s", posted).isTrue();
        JsonNode silenceBreak = lastDetails(document, "SilenceBroken");
        assertThat(silenceBreak.get("reason").asText()).isEqualTo("Mexico, regrettably, cannot join");
        assertThat(silenceBreak.get("proposals")).hasSize(1);
        assertThat(silenceBreak.at("/proposals/0/text").asText()).isEqualTo(PROPOSAL);
    }

    @Test
    void aSingleCoFacilitatorsRepresentativeWithCommasIsRecordedWhole() {
        String document = "forms-single-representative";
        act(api, "secretariat", "/api/documents", body("id", document, "title", "Declaration", "kind",
                "DECLARATION", "body", "General Assembly"));
        PageClient secretariat = PageClient.signedIn(api.base(), "secretariat");

        PageClient.Posted posted = secretariat.post("/documents/" + document
                + "/co-facilitators", List.of(entry("delegation", "BEL"),
                entry("representative", "Philippe Kridelka, Permanent Representative, Ambassador"),
                entry("letter", "Letter of 3 January, as circulated")));

        assertThat(posted.recorded()).as("%s", posted).isTrue();
        JsonNode appointed = lastDetails(document, "CoFacilitatorsAppointed");
        assertThat(appointed.get("coFacilitators")).hasSize(1);
        assertThat(appointed.at("/coFacilitators/0/representative").asText())
                .isEqualTo("Philippe Kridelka, Permanent Representative, Ambassador");
        assertThat(appointed.get("letter").asText()).isEqualTo("Letter of 3 January, as circulated");
    }

    @Test
    void twoProposalsStayTwoWithTheirCommas() {
        String document = withZeroDraft("forms-two-proposals");
        PageClient ecuador = PageClient.signedIn(api.base(), "ecuador");

        PageClient.Posted posted = ecuador.post("/documents/" + document + "/inputs",
                List.of(entry("onDraft", "zero"), entry("paragraph", "OP1"), entry("action", "AMEND"),
                        entry("proposalText", PROPOSAL), entry("paragraph", "PP1"), entry("action", "DELETE"),
                        entry("proposalText", ""), entry("paragraph", ""), entry("action", "AMEND"),
                        entry("proposalText", "")));

        assertThat(posted.recorded()).as("%s", posted).isTrue();
        JsonNode input = lastDetails(document, "InputSubmitted");
        assertThat(input.get("proposals")).hasSize(2);
        assertThat(input.at("/proposals/0/text").asText()).isEqualTo(PROPOSAL);
        assertThat(input.at("/proposals/1/paragraph").asText()).isEqualTo("PP1");
        assertThat(input.at("/proposals/1/action").asText()).isEqualTo("DELETE");
    }

    static final String DRAFT = """
            The General Assembly,

            *Recalling* its resolution 69/283, on the Sendai Framework,

            1. Decides to share data, in particular loss data, through regional mechanisms;
            """;

    private static String withZeroDraft(String document) {
        act(api, "secretariat", "/api/documents", body("id", document, "title", "Declaration", "kind",
                "DECLARATION", "body", "General Assembly"));
        act(api, "secretariat", "/api/documents/" + document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api, "belgium", "/api/documents/" + document + "/zero-draft", body("text", DRAFT));
        return document;
    }

    static String inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** The details of the document's latest recorded event of that type, as the audit trail's JSON gives them. */
    private static JsonNode lastDetails(String document, String type) {
        ApiClient.Answer history = api.get("observer", "/api/documents/" + document + "/history?type=" + type);
        assertThat(history.status()).as("%s", history).isEqualTo(200);
        JsonNode entries = history.body().get("entries");
        assertThat(entries.size()).as("%s entries in %s", type, history).isPositive();
        JsonNode latest = entries.get(0);
        for (JsonNode entry : entries) {
            latest = entry.get("sequence").asLong() > latest.get("sequence").asLong() ? entry : latest;
        }
        return latest.get("details");
    }
}
