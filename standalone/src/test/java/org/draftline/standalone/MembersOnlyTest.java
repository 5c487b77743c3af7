package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.MembersOnlyDocuments.breakReason;
import static org.draftline.standalone.MembersOnlyDocuments.mexicoComment;
import static org.draftline.standalone.MembersOnlyDocuments.mexicoProposal;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * What observers may read of a document kept to members, through the API and the pages as each account sees
 * them: the status, the stages and the drafts, and nothing of its input, proposals, compilation, break
 * reasons or who said what; delegations and the secretariat read everything, and a public document is open.
 */
class MembersOnlyTest {

    private static final String CLOSED = "members-only-consultations";
    private static final String OPEN = "members-only-then-public";
    private static final String PUBLIC = "members-only-public-control";
    private static final String AKN_OR_PROBLEM = "application/akn+xml, application/problem+json";

    private static final String COMMENT = mexicoComment(CLOSED);
    private static final String PROPOSAL = mexicoProposal(CLOSED);
    private static final String REASON = breakReason(CLOSED);

    private static ApiClient api;

    @BeforeAll
    static void negotiate() {
        api = SharedServer.client();
        MembersOnlyDocuments.negotiate(api, CLOSED, "MEMBERS");
        MembersOnlyDocuments.negotiate(api, OPEN, "MEMBERS");
        MembersOnlyDocuments.negotiate(api, PUBLIC, "PUBLIC");
    }

    @Test
    void anObserverReadsTheStatusStagesAndDraftsOfAMembersOnlyDocument() {
        for (String path : MembersOnlyDocuments.readByObservers(CLOSED)) {
            ApiClient.Answer answer = read("observer", path);
            assertThat(answer.status()).as("observer GET %s -> %s", path, answer).isEqualTo(200);
            assertThat(answer.raw().body()).as(path).doesNotContain(COMMENT, PROPOSAL, REASON);
        }
        JsonNode status = api.get("observer", "/api/documents/" + CLOSED).body();
        assertThat(status.path("visibility").asText()).isEqualTo("MEMBERS");
        assertThat(status.path("stage").asText()).isEqualTo("SILENCE_BROKEN");
        assertThat(status.path("currentDraft").asText()).isEqualTo("rev1");
        JsonNode breaks = status.path("silence").path("breaks");
        assertThat(breaks).as("the break is there, dated, without who or why").hasSize(1);
        assertThat(breaks.get(0).path("occurredAt").isTextual()).isTrue();
        assertThat(breaks.get(0).path("delegation").isNull() || breaks.get(0).path("delegation").isMissingNode())
                .as("who broke silence: %s", breaks).isTrue();
        assertThat(api.get("observer", "/api/documents/" + CLOSED + "/drafts/rev1").body().toString())
                .contains("its trust fund");
    }

    @Test
    void anObserverIsRefusedWhatAMembersOnlyDocumentKeepsToMembers() {
        for (String path : MembersOnlyDocuments.keptFromObservers(CLOSED)) {
            ApiClient.Answer answer = read("observer", path);
            assertThat(answer.status()).as("observer GET %s -> %s", path, answer).isEqualTo(403);
            assertThat(answer.code()).as("observer GET %s -> %s", path, answer).isEqualTo("MEMBERS_ONLY");
            assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(answer.raw().body()).as(path).doesNotContain(COMMENT, PROPOSAL, REASON);
        }
    }

    @Test
    void delegationsAndTheSecretariatReadEverything() {
        List<String> everything = new ArrayList<>(MembersOnlyDocuments.readByObservers(CLOSED));
        everything.addAll(MembersOnlyDocuments.keptFromObservers(CLOSED));
        for (String user : List.of("eu", "mexico", "belgium", "secretariat")) {
            for (String path : everything) {
                ApiClient.Answer answer = read(user, path);
                assertThat(answer.status()).as("%s GET %s -> %s", user, path, answer).isEqualTo(200);
            }
        }
        assertThat(api.get("eu", "/api/documents/" + CLOSED + "/inputs").raw().body()).contains(COMMENT);
        JsonNode breaks = api.get("eu", "/api/documents/" + CLOSED).body().path("silence").path("breaks");
        assertThat(breaks.get(0).path("delegation").asText()).isEqualTo("MEX");
        assertThat(breaks.get(0).path("reason").asText()).isEqualTo(REASON);
    }

    @Test
    void onAPublicDocumentAnObserverReadsEverything() {
        List<String> everything = new ArrayList<>(MembersOnlyDocuments.readByObservers(PUBLIC));
        everything.addAll(MembersOnlyDocuments.keptFromObservers(PUBLIC));
        for (String path : everything) {
            ApiClient.Answer answer = read("observer", path);
            assertThat(answer.status()).as("observer GET %s -> %s", path, answer).isEqualTo(200);
        }
        assertThat(api.get("observer", "/api/documents/" + PUBLIC).body().path("visibility").asText())
                .isEqualTo("PUBLIC");
        assertThat(api.get("observer", "/api/documents/" + PUBLIC + "/inputs").raw().body()).contains(mexicoComment(PUBLIC));
    }

    @Test
    void theDocumentListAndDelegationActivityLeakNothingOfAMembersOnlyDocumentToAnObserver() {
        ApiClient.Answer list = api.get("observer", "/api/documents?size=1000");
        assertThat(list.status()).isEqualTo(200);
        JsonNode closed = StreamSupport.stream(list.body().spliterator(), false)
                .filter(document -> document.path("id").asText().equals(CLOSED)).findFirst().orElseThrow();
        assertThat(closed.has("silence")).as("a row of the list is compact: the silence is the status's").isFalse();
        assertThat(list.raw().body()).doesNotContain(REASON);
        assertThat(api.get("observer", "/api/documents/" + CLOSED).raw().body()).doesNotContain(REASON);
        assertThat(api.get("observer", "/api/documents/" + PUBLIC).raw().body()).contains(breakReason(PUBLIC));
        for (String format : MembersOnlyDocuments.REPORT_FORMATS.split(",")) {
            ApiClient.Answer activity = read("observer", "/api/delegations/MEX/activity?format=" + format);
            assertThat(activity.status()).as("observer's MEX activity as %s -> %s", format, activity).isEqualTo(200);
            if (!format.equals("pdf")) {
                assertThat(activity.raw().body()).as(format).doesNotContain(CLOSED);
                assertThat(activity.raw().body()).as(format).contains(PUBLIC);
            }
        }
        ApiClient.Answer asDelegate = api.get("eu", "/api/delegations/MEX/activity?format=json");
        assertThat(asDelegate.raw().body()).contains(CLOSED, PUBLIC);
    }

    @Test
    void onlyTheSecretariatChangesWhoMayReadADocument() {
        String visibility = "/api/documents/" + CLOSED + "/visibility";
        for (String user : List.of("belgium", "mexico", "observer")) {
            ApiClient.Answer refused = api.post(user, visibility, body("visibility", "PUBLIC"));
            assertThat(refused.status()).as("%s -> %s", user, refused).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("NOT_SECRETARIAT");
        }
        ApiClient.Answer same = api.post("secretariat", visibility, body("visibility", "MEMBERS"));
        assertThat(same.status()).as("%s", same).isEqualTo(409);
        assertThat(same.code()).isEqualTo("SAME_VISIBILITY");
        ApiClient.Answer missing = api.post("secretariat", visibility, body());
        assertThat(missing.status()).as("%s", missing).isEqualTo(400);
        assertThat(missing.raw().body()).contains("visibility");
        ApiClient.Answer unknown = api.post("secretariat", visibility, body("visibility", "SECRET"));
        assertThat(unknown.status()).as("%s", unknown).isEqualTo(400);
        assertThat(unknown.raw().body()).contains("visibility");
        ApiClient.Answer badRegistration = api.post("secretariat", "/api/documents", body("id", "members-only-bad",
                "title", "T", "kind", "OTHER", "body", "General Assembly", "visibility", "SECRET"));
        assertThat(badRegistration.status()).as("%s", badRegistration).isEqualTo(400);
        assertThat(badRegistration.raw().body()).contains("visibility");
        assertThat(api.get("observer", "/api/documents/" + CLOSED).body().path("sequence").asLong())
                .as("nothing recorded").isEqualTo(api.get("eu", "/api/documents/" + CLOSED).body().path("sequence")
                        .asLong());
        assertThat(api.get("secretariat", "/api/documents/members-only-bad").status()).isEqualTo(404);
    }

    @Test
    void openingADocumentToThePublicOpensEverythingToObservers() {
        assertThat(read("observer", "/api/documents/" + OPEN + "/inputs").status()).isEqualTo(403);
        ApiClient.Answer opened = api.post("secretariat", "/api/documents/" + OPEN + "/visibility",
                body("visibility", "PUBLIC"));
        assertThat(opened.status()).as("%s", opened).isEqualTo(200);
        for (String path : MembersOnlyDocuments.keptFromObservers(OPEN)) {
            ApiClient.Answer answer = read("observer", path + (path.contains("?") ? "&" : "?") + "minSequence="
                    + opened.sequence());
            assertThat(answer.status()).as("observer GET %s -> %s", path, answer).isEqualTo(200);
        }
        JsonNode history = api.get("observer", "/api/documents/" + OPEN + "/history").body().path("entries");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("VisibilityChanged");
        assertThat(last.path("summary").asText()).isEqualTo("Opened to the public");
        assertThat(api.get("observer", "/api/documents/" + OPEN).body().path("silence").path("breaks").get(0)
                .path("reason").asText()).isEqualTo(breakReason(OPEN));
        ApiClient.Answer closedAgain = api.post("secretariat", "/api/documents/" + OPEN + "/visibility",
                body("visibility", "MEMBERS"));
        assertThat(closedAgain.status()).as("%s", closedAgain).isEqualTo(200);
        assertThat(read("observer", "/api/documents/" + OPEN + "/history?minSequence=" + closedAgain.sequence())
                .code()).isEqualTo("MEMBERS_ONLY");
    }

    @Test
    void thePagesShowAnObserverNoneOfWhatAMembersOnlyDocumentKeepsToMembers() {
        PageClient observer = PageClient.signedIn(api.base(), "observer");
        String page = observer.page("/documents/" + CLOSED);
        assertThat(page).contains("Open to members only", "Members only", "its trust fund");
        assertThat(page).doesNotContain(COMMENT, PROPOSAL, REASON, "Member-state input",
                "/reports/timeline", "/export/akn");
        for (String path : List.of("/documents/" + CLOSED + "/history", "/documents/" + CLOSED + "/reports/timeline",
                "/documents/" + CLOSED + "/reports/participation?format=csv",
                "/documents/" + CLOSED + "/reports/audit-trail?format=pdf", "/documents/" + CLOSED + "/export/akn")) {
            HttpResponse<String> refused = observer.get(path);
            assertThat(refused.statusCode()).as("observer's page %s", path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("members only")
                    .doesNotContain(COMMENT, PROPOSAL, REASON);
        }
        assertThat(observer.page("/documents/" + CLOSED + "/compare?from=zero&to=rev1")).contains("trust fund");
        String mexico = observer.page("/delegations/MEX");
        assertThat(mexico).doesNotContain(CLOSED, COMMENT).contains(PUBLIC, "open to members only");
        assertThat(observer.page("/?size=1000")).contains(CLOSED).doesNotContain(REASON);
        HttpResponse<String> activity = observer.get("/delegations/MEX/activity?format=md");
        assertThat(activity.statusCode()).isEqualTo(200);
        assertThat(activity.body()).doesNotContain(CLOSED).contains(PUBLIC);

        PageClient delegate = PageClient.signedIn(api.base(), "eu");
        assertThat(delegate.page("/documents/" + CLOSED)).contains(COMMENT, PROPOSAL, REASON)
                .doesNotContain("Open to members only");
        assertThat(delegate.page("/documents/" + CLOSED + "/history")).contains("href=\"/delegations/MEX\"");
        assertThat(delegate.page("/delegations/MEX")).contains(CLOSED);
    }

    @Test
    void theSecretariatChangesWhoMayReadItOnThePage() {
        String id = "members-only-by-page";
        PageClient secretariat = PageClient.signedIn(api.base(), "secretariat");
        PageClient.Posted registered = secretariat.post("/documents", List.of(java.util.Map.entry("id", id),
                java.util.Map.entry("title", "Registered on the page for members"), java.util.Map.entry("kind", "OTHER"),
                java.util.Map.entry("body", "General Assembly"), java.util.Map.entry("visibility", "MEMBERS")));
        assertThat(registered.recorded()).as("%s", registered).isTrue();
        assertThat(api.get("observer", "/api/documents/" + id).body().path("visibility").asText()).isEqualTo("MEMBERS");
        assertThat(secretariat.page("/documents/" + id)).contains("Open it to the public");
        PageClient.Posted opened = secretariat.post("/documents/" + id + "/visibility",
                List.of(java.util.Map.entry("visibility", "PUBLIC")));
        assertThat(opened.recorded()).as("%s", opened).isTrue();
        assertThat(api.get("observer", "/api/documents/" + id).body().path("visibility").asText()).isEqualTo("PUBLIC");
        PageClient observer = PageClient.signedIn(api.base(), "observer");
        assertThat(observer.page("/documents/" + id)).doesNotContain("Open it to the public", "Keep it to members");
    }

    private static ApiClient.Answer read(String user, String path) {
        if (path.contains("/export/akn")) {
            return api.get(user, path, AKN_OR_PROBLEM);
        }
        if (path.contains("format=html") || path.contains("format=pdf") || path.contains("format=csv")
                || path.contains("format=md")) {
            return api.get(user, path, "*/*");
        }
        return api.get(user, path);
    }
}
