package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Two persons of one mission, each with an account of their own: the record names who acted and for which
 * delegation, and the rules judge both as Mexico.
 */
class PersonsOfADelegationTest {

    private static final String DOCUMENT = "/api/documents/two-persons";
    private static final String DUPONT = "H.E. Ms. Anne Dupont";
    private static final String SANDOVAL = "H.E. Mr. Juan Sandoval";

    @TempDir
    static Path dataDir;
    private static DraftlineServer server;
    private static ApiClient api;

    @BeforeAll
    static void twoMexicanAccountsActOnOneDocument() {
        server = DraftlineServer.start(dataDir,
                "--draftline.accounts[7].username=mexico-dupont", "--draftline.accounts[7].password={noop}"
                        + DraftlineServer.PASSWORD, "--draftline.accounts[7].role=DELEGATE",
                "--draftline.accounts[7].delegation=MEX", "--draftline.accounts[7].name=" + DUPONT,
                "--draftline.accounts[8].username=mexico-sandoval", "--draftline.accounts[8].password={noop}"
                        + DraftlineServer.PASSWORD, "--draftline.accounts[8].role=DELEGATE",
                "--draftline.accounts[8].delegation=MEX", "--draftline.accounts[8].name=" + SANDOVAL);
        api = server.client();
        act(api, "secretariat", "/api/documents", body("id", "two-persons", "title", "Resolution of two persons",
                "kind", "RESOLUTION", "body", "General Assembly"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "MEX"), body("delegation", "QAT"))));
        act(api, "mexico-dupont", DOCUMENT + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ..."));
        act(api, "mexico-sandoval", DOCUMENT + "/revised-drafts",
                body("text", "PP1 Recalling ...\nOP1 Decides, as revised ..."));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void eachPersonOfMexicoActsAsMexicoCoFacilitatingTheDocument() {
        JsonNode entries = api.get("observer", DOCUMENT + "/history").body().get("entries");
        List<String> drafts = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (entry.get("type").asText().endsWith("DraftCirculated")) {
                assertThat(entry.get("delegation").asText()).isEqualTo("MEX");
                drafts.add(entry.get("actor").asText() + " / " + entry.get("person").asText());
            }
        }
        assertThat(drafts).containsExactly("mexico-dupont / " + DUPONT, "mexico-sandoval / " + SANDOVAL);

        ApiClient.Answer belgium = api.post("belgium", DOCUMENT + "/revised-drafts",
                body("text", "PP1 Recalling ...\nOP1 Decides, as Belgium would ..."));
        assertThat(belgium.status()).as(belgium.toString()).isEqualTo(403);
        assertThat(belgium.code()).isEqualTo("NOT_A_CO_FACILITATOR");
    }

    @Test
    void theReportsNameThePersonAndTheDelegation() {
        String auditTrail = api.get("observer", DOCUMENT + "/reports/audit-trail?format=csv").raw().body();
        assertThat(auditTrail).contains("\"Mexico (" + DUPONT + ")\",\"Delegate\",\"MEX\",\"\",\"\",\"mexico-dupont\"")
                .contains("\"Mexico (" + SANDOVAL + ")\",\"Delegate\",\"MEX\",\"\",\"\",\"mexico-sandoval\"");
        String timeline = api.get("observer", DOCUMENT + "/reports/timeline?format=md").raw().body();
        assertThat(timeline).contains("Mexico (" + DUPONT + ")").contains("Mexico (" + SANDOVAL + ")");
        String activity = api.get("observer", "/api/delegations/MEX/activity?format=json").raw().body();
        assertThat(activity).contains("Mexico (" + DUPONT + ")").contains("Mexico (" + SANDOVAL + ")");
    }

    @Test
    void thePagesNameThePersonAndTheDelegation() {
        PageClient page = PageClient.signedIn("http://localhost:" + server.port(), "mexico-dupont");
        assertThat(page.page("/")).contains(DUPONT);
        String history = page.page("/documents/two-persons/history");
        assertThat(history).contains(DUPONT).contains(SANDOVAL).contains("Mexico");
        assertThat(page.page("/documents/two-persons")).contains("by " + DUPONT + " (Mexico")
                .contains("by " + SANDOVAL + " (Mexico");
        assertThat(page.page("/delegations/MEX")).contains("by Mexico (" + DUPONT + ")");
    }
}
