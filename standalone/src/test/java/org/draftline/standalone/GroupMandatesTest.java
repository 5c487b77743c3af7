package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.draftline.query.redline.TwoVersions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;
import static org.draftline.standalone.SeedNegotiations.mandate;
import static org.draftline.standalone.SeedNegotiations.record;

/**
 * Who speaks for a group, through the public API: the secretariat records mandates, a statement on a
 * group's behalf needs the group's own delegation or a mandate covering its day (UTC), and the groups
 * endpoints show the mandates and the members where known.
 */
class GroupMandatesTest {

    private static final String LIVE = "/api/documents/group-mandates-live";
    private static final String HISTORY = "/api/documents/group-mandates-2017";
    private static ApiClient api;

    @BeforeAll
    static void twoNegotiations() {
        api = SharedServer.client();
        act(api, "secretariat", "/api/documents", body("id", "group-mandates-live", "title", "Live negotiation",
                "kind", "RESOLUTION", "body", "General Assembly", "session", "81"));
        act(api, "secretariat", LIVE + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api, "belgium", LIVE + "/zero-draft", body("text", TwoVersions.ZERO_DRAFT));

        act(api, "secretariat", "/api/documents", body("id", "group-mandates-2017", "title", "Negotiation of 2017",
                "kind", "RESOLUTION", "body", "General Assembly", "session", "71", "occurredAt", "2017-01-02"));
        act(api, "secretariat", HISTORY + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-01-03"));
        record(api, "belgium", HISTORY + "/zero-draft", body("text", TwoVersions.ZERO_DRAFT, "occurredAt",
                "2017-01-10"));
        mandate(api, "G77", "ECU", "2017-01-01", "2017-12-31");
    }

    @Test
    void mexicoSpeaksForTheEuropeanUnionOnlyOnceMandated() {
        Map<String, Object> statement = body("onDraft", "zero", "onBehalfOf", "EU",
                "comments", "On behalf of the European Union");
        ApiClient.Answer refused = api.post("mexico", LIVE + "/inputs", statement);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("NOT_MANDATED_FOR_GROUP");
        assertThat(refused.body().path("detail").asText()).contains("MEX", "EU");
        assertThat(inputsFor(LIVE, "EU")).extracting(input -> input.path("delegation").asText()).doesNotContain("MEX");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ApiClient.Answer mandated = api.post("secretariat", "/api/groups/EU/spokespersons",
                body("delegation", "MEX", "from", today.minusDays(1).toString(), "to", today.plusDays(1).toString()));
        assertThat(mandated.status()).as(mandated.toString()).isEqualTo(201);
        assertThat(mandated.header("Location")).endsWith("/api/groups/EU");
        assertThat(mandated.body().path("group").asText()).isEqualTo("EU");

        ApiClient.Answer accepted = api.post("mexico", LIVE + "/inputs", statement);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(inputsFor(LIVE, "EU")).extracting(input -> input.path("delegation").asText())
                .containsOnlyOnce("MEX");
    }

    @Test
    void aGroupsOwnDelegationSpeaksForItWithoutAMandate() {
        ApiClient.Answer accepted = api.post("eu", LIVE + "/inputs", body("onDraft", "zero", "onBehalfOf", "EU",
                "comments", "The European Union itself"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    }

    @Test
    void ecuadorSpeaksForTheG77WithinItsMandatesDatesOnly() {
        assertThat(ecuadorForG77("2017-02-01T15:00:00Z").status()).isEqualTo(200);
        ApiClient.Answer afterItsLastDay = ecuadorForG77("2018-01-02T15:00:00Z");
        assertThat(afterItsLastDay.status()).as(afterItsLastDay.toString()).isEqualTo(403);
        assertThat(afterItsLastDay.code()).isEqualTo("NOT_MANDATED_FOR_GROUP");
        // 31 December in New York, but already 1 January in UTC, which decides a mandate's day
        ApiClient.Answer utcNewYear = ecuadorForG77("2017-12-31T23:30:00-05:00");
        assertThat(utcNewYear.status()).as(utcNewYear.toString()).isEqualTo(403);
        assertThat(ecuadorForG77("2017-12-31T23:30:00Z").status()).isEqualTo(200);
        assertThat(inputsFor(HISTORY, "G77")).extracting(input -> input.path("occurredAt").asText())
                .containsExactly("2017-02-01T15:00:00Z", "2017-12-31T23:30:00Z");
    }

    @Test
    void aGroupShowsItsMandatesAndMembers() {
        JsonNode g77 = api.get("observer", "/api/groups/G77").body();
        assertThat(g77.path("code").asText()).isEqualTo("G77");
        assertThat(g77.path("name").asText()).isEqualTo("Group of 77 and China");
        JsonNode ecuador = mandateOf(g77, "ECU", "2017-01-01");
        assertThat(ecuador).as(g77.toString()).isNotNull();
        assertThat(ecuador.path("to").asText()).isEqualTo("2017-12-31");
        assertThat(ecuador.path("name").asText()).isEqualTo("Ecuador");
        assertThat(ecuador.path("recordedBy").asText()).isEqualTo("secretariat");

        JsonNode groups = api.get("observer", "/api/groups").body();
        assertThat(groups.findValuesAsText("code")).contains("EU", "G77", "AFRICAN-GROUP").doesNotContain("MEX");
        JsonNode eu = api.get("observer", "/api/groups/EU").body();
        assertThat(eu.path("members")).hasSize(28);
        assertThat(eu.path("members").findValuesAsText("delegation")).contains("FRA", "DEU", "HRV", "GBR");
        for (JsonNode member : eu.path("members")) {
            assertThat(member.path("until").asText(null))
                    .isEqualTo(member.path("delegation").asText().equals("GBR") ? "2020-01-31" : null);
        }
    }

    @Test
    void onlyGroupsAreFound() {
        for (String path : List.of("/api/groups/MEX", "/api/groups/XYZ")) {
            ApiClient.Answer answer = api.get("observer", path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.code()).isEqualTo("UNKNOWN_GROUP");
        }
        ApiClient.Answer notAGroup = api.post("secretariat", "/api/groups/MEX/spokespersons",
                body("delegation", "ECU", "from", "2017-01-01"));
        assertThat(notAGroup.status()).isEqualTo(404);
        assertThat(notAGroup.code()).isEqualTo("UNKNOWN_GROUP");
    }

    @Test
    void onlyTheSecretariatRecordsAMandate() {
        int before = mandates("CANZ");
        for (String user : List.of("observer", "mexico", "eu")) {
            ApiClient.Answer refused = api.post(user, "/api/groups/CANZ/spokespersons",
                    body("delegation", "AUS", "from", "2017-01-01", "to", "2017-12-31"));
            assertThat(refused.status()).as(user + ": " + refused).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("NOT_SECRETARIAT");
        }
        assertThat(mandates("CANZ")).isEqualTo(before);
    }

    @Test
    void badBodiesAreRefusedNamingTheFieldAndRecordNothing() {
        int before = mandates("AOSIS");
        assertRefused(body("delegation", "FJI", "from", "2017-12-31", "to", "2017-01-01"), "to");
        assertRefused(body("from", "2017-01-01"), "delegation");
        assertRefused(body("delegation", "XYZ", "from", "2017-01-01"), "delegation");
        assertRefused(body("delegation", "AOSIS", "from", "2017-01-01"), "delegation");
        assertRefused(body("delegation", "G77", "from", "2017-01-01"), "delegation");
        assertRefused(body("delegation", "FJI"), "from");
        assertRefused(body("delegation", "FJI", "from", "2017-13-01"), "from");
        assertRefused(body("delegation", "FJI", "from", "2017-01-01", "to", "1900-01-01"), "to");
        assertThat(mandates("AOSIS")).isEqualTo(before);
    }

    @Test
    void aMandateIsRecordedOnce() {
        Map<String, Object> mandate = body("delegation", "TUV", "from", "2017-01-01");
        String key = UUID.randomUUID().toString();
        ApiClient.Answer first = api.post("secretariat", "/api/groups/PSIDS/spokespersons", mandate,
                Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        ApiClient.Answer replayed = api.post("secretariat", "/api/groups/PSIDS/spokespersons", mandate,
                Map.of("Idempotency-Key", key));
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replay")).isEqualTo("true");
        assertThat(replayed.sequence()).isEqualTo(first.sequence());
        ApiClient.Answer again = api.post("secretariat", "/api/groups/PSIDS/spokespersons", mandate);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("MANDATE_ALREADY_RECORDED");
        JsonNode psids = api.get("observer", "/api/groups/PSIDS").body();
        assertThat(psids.path("mandates")).hasSize(1);
        assertThat(psids.at("/mandates/0/to").isNull()).isTrue();
    }

    @Test
    void thePagesOfferOnlyTheGroupsTheDelegationSpeaksForNow() {
        PageClient ecuador = PageClient.signedIn(api.base(), "ecuador");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Ecuador's mandate for the G77 here ended with 2017; other tests on the shared server may give it others
        List<String> before = groupsSpeakingFor("ECU", today);
        assertThat(before).doesNotContain("LDCS");
        assertThat(onBehalfOfChoices(ecuador.page("/documents/group-mandates-live")))
                .containsExactlyInAnyOrderElementsOf(before);
        assertThat(api.post("secretariat", "/api/groups/LDCS/spokespersons", body("delegation", "ECU",
                "from", today.minusDays(1).toString(), "to", today.plusDays(1).toString())).status()).isEqualTo(201);
        List<String> after = new ArrayList<>(before);
        after.add("LDCS");
        assertThat(onBehalfOfChoices(ecuador.page("/documents/group-mandates-live")))
                .containsExactlyInAnyOrderElementsOf(after);
        PageClient eu = PageClient.signedIn(api.base(), "eu");
        assertThat(onBehalfOfChoices(eu.page("/documents/group-mandates-live"))).containsExactly("EU");
    }

    /** The groups whose mandate, as the API tells it, has the delegation speak for them on the day. */
    private static List<String> groupsSpeakingFor(String delegation, LocalDate day) {
        List<String> groups = new ArrayList<>();
        for (JsonNode group : api.get("observer", "/api/groups").body()) {
            for (JsonNode mandate : group.path("mandates")) {
                if (mandate.path("delegation").asText().equals(delegation)
                        && !LocalDate.parse(mandate.path("from").asText()).isAfter(day)
                        && (mandate.path("to").isNull() || !LocalDate.parse(mandate.path("to").asText()).isBefore(day))) {
                    groups.add(group.path("code").asText());
                }
            }
        }
        return groups;
    }

    /** The groups the input form offers in its "on behalf of" choice. */
    private static List<String> onBehalfOfChoices(String page) {
        Matcher select = Pattern.compile("<select id=\"input-onBehalfOf\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(select.find()).as("the input form's on-behalf-of choice").isTrue();
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select.group(1));
        List<String> codes = new ArrayList<>();
        while (option.find()) {
            codes.add(option.group(1));
        }
        return codes;
    }

    private static ApiClient.Answer ecuadorForG77(String occurredAt) {
        return api.post("secretariat", HISTORY + "/inputs", body("onDraft", "zero", "onBehalfOf", "G77",
                "comments", "On behalf of the Group of 77 and China", "occurredAt", occurredAt,
                "recordedFor", body("delegation", "ECU")));
    }

    private static void assertRefused(Map<String, Object> mandate, String field) {
        ApiClient.Answer answer = api.post("secretariat", "/api/groups/AOSIS/spokespersons", mandate);
        assertThat(answer.status()).as(mandate + " -> " + answer).isEqualTo(400);
        assertThat(answer.body().get("errors").findValuesAsText("field")).as(answer.toString()).containsExactly(field);
    }

    private static List<JsonNode> inputsFor(String document, String group) {
        return api.get("observer", document + "/inputs?delegation=" + group).body().findParents("onBehalfOf").stream()
                .filter(input -> group.equals(input.path("onBehalfOf").asText())).toList();
    }

    private static int mandates(String group) {
        return api.get("observer", "/api/groups/" + group).body().path("mandates").size();
    }

    private static JsonNode mandateOf(JsonNode group, String delegation, String from) {
        for (JsonNode mandate : group.path("mandates")) {
            if (mandate.path("delegation").asText().equals(delegation) && mandate.path("from").asText().equals(from)) {
                return mandate;
            }
        }
        return null;
    }
}
