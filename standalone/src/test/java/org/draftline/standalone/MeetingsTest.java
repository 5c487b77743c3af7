package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;
import static org.draftline.standalone.SeedNegotiations.mandate;

/**
 * A meeting through the public API, live: the secretariat organizes it and keeps its programme, delegations
 * inscribe at their levels (Ecuador for the G77 by its mandate), the secretariat records statements, and the
 * list of speakers, the statements and the reports read back in the Assembly's order with over-limit ones marked.
 */
class MeetingsTest {

    private static final String MEETING = "/api/meetings/meetings-live";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static ApiClient api;

    @BeforeAll
    static void aLiveMeeting() {
        api = SharedServer.client();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        act(api, "secretariat", "/api/documents", body("id", "meetings-modalities", "title", "Modalities",
                "kind", "RESOLUTION", "body", "General Assembly", "session", "81"));
        mandate(api, "G77", "ECU", today.minusDays(30).toString(), today.plusDays(365).toString());
        ApiClient.Answer organized = api.post("secretariat", "/api/meetings", organize("meetings-live"));
        assertThat(organized.status()).as(organized.toString()).isEqualTo(201);
        assertThat(organized.header("Location")).endsWith(MEETING);
        act(api, "secretariat", MEETING + "/segments", segment("plenary-1", "PLENARY"));
    }

    private static Map<String, Object> organize(String id) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return body("id", id, "title", "High-level meeting", "organizedBy", "meetings-modalities",
                "startsOn", today.minusDays(1).toString(), "endsOn", today.plusDays(1).toString(),
                "venue", "General Assembly Hall", "timeLimits", body("delegation", "PT3M", "group", "PT5M"));
    }

    private static Map<String, Object> segment(String id, String kind) {
        return body("id", id, "kind", kind, "title", "Plenary meeting", "startsAt",
                NOW.minus(1, ChronoUnit.HOURS).toString(), "endsAt", NOW.plus(3, ChronoUnit.HOURS).toString());
    }

    @Test
    void aMeetingIsOrganizedOnceAndOnlyOfADocumentOnRecord() {
        ApiClient.Answer again = api.post("secretariat", "/api/meetings", organize("meetings-live"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("MEETING_EXISTS");

        Map<String, Object> unknown = organize("meetings-unknown-document");
        unknown.put("organizedBy", "no-such-document");
        ApiClient.Answer refused = api.post("secretariat", "/api/meetings", unknown);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertThat(refused.code()).isEqualTo("UNKNOWN_DOCUMENT");

        Map<String, Object> noLimit = organize("meetings-no-limit");
        noLimit.put("timeLimits", body("delegation", "three minutes", "group", "PT5M"));
        ApiClient.Answer invalid = api.post("secretariat", "/api/meetings", noLimit);
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.toString()).contains("timeLimits.delegation");

        assertThat(api.get("secretariat", "/api/meetings/meetings-no-limit").status()).isEqualTo(404);
        assertThat(api.get("observer", "/api/meetings").body()).extracting(meeting -> meeting.path("id").asText())
                .contains("meetings-live").doesNotContain("meetings-unknown-document", "meetings-no-limit");
    }

    @Test
    void theListOfSpeakersIsInOrderOfLevelThenInscriptionAndStatementsOverTheLimitAreMarked() {
        act(api, "secretariat", MEETING + "/segments", segment("plenary-2", "PLENARY"));
        String list = MEETING + "/speakers";
        act(api, "mexico", list, body("segment", "plenary-2", "level", "PERMANENT_REPRESENTATIVE"));
        act(api, "belgium", list, body("segment", "plenary-2", "level", "MINISTER"));
        act(api, "ecuador", list, body("segment", "plenary-2", "onBehalfOf", "G77", "level", "HEAD_OF_STATE"));
        act(api, "eu", list, body("segment", "plenary-2", "level", "MINISTER"));

        ApiClient.Answer twice = api.post("mexico", list, body("segment", "plenary-2", "level", "MINISTER"));
        assertThat(twice.code()).as(twice.toString()).isEqualTo("ALREADY_INSCRIBED");
        ApiClient.Answer unmandated = api.post("mexico", list, body("segment", "plenary-2", "onBehalfOf", "G77",
                "level", "MINISTER"));
        assertThat(unmandated.status()).as(unmandated.toString()).isEqualTo(403);
        assertThat(unmandated.code()).isEqualTo("NOT_MANDATED_FOR_GROUP");
        ApiClient.Answer badLevel = api.post("mexico", list, body("segment", "plenary-2", "level", "KING"));
        assertThat(badLevel.status()).as(badLevel.toString()).isEqualTo(400);
        assertThat(badLevel.toString()).contains("level");

        JsonNode speakers = api.get("observer", list + "?segment=plenary-2").body();
        assertThat(speakers).extracting(speaker -> speaker.path("delegation").asText() + "/"
                        + speaker.path("onBehalfOf").asText("") + "/" + speaker.path("position").asInt())
                .containsExactly("ECU/G77/1", "BEL//2", "EU//3", "MEX//4");

        String statements = MEETING + "/statements";
        ApiClient.Answer withinLimit = api.post("secretariat", statements, body("segment", "plenary-2",
                "delegation", "ECU", "onBehalfOf", "G77", "startedAt", NOW.minusSeconds(600).toString(),
                "endedAt", NOW.minusSeconds(360).toString()));
        assertThat(withinLimit.status()).as(withinLimit.toString()).isEqualTo(200);
        assertThat(withinLimit.body().path("overLimit").asBoolean(true)).isFalse();
        ApiClient.Answer overLimit = api.post("secretariat", statements, body("segment", "plenary-2",
                "delegation", "BEL", "startedAt", NOW.minusSeconds(300).toString(),
                "endedAt", NOW.minusSeconds(90).toString()));
        assertThat(overLimit.body().path("overLimit").asBoolean(false)).as(overLimit.toString()).isTrue();
        ApiClient.Answer byADelegate = api.post("mexico", statements, body("segment", "plenary-2",
                "delegation", "MEX", "startedAt", NOW.minusSeconds(80).toString(), "endedAt", NOW.toString()));
        assertThat(byADelegate.code()).as(byADelegate.toString()).isEqualTo("NOT_SECRETARIAT");
        ApiClient.Answer notInscribed = api.post("secretariat", statements, body("segment", "plenary-2",
                "delegation", "QAT", "startedAt", NOW.minusSeconds(80).toString(), "endedAt", NOW.toString()));
        assertThat(notInscribed.code()).as(notInscribed.toString()).isEqualTo("NOT_INSCRIBED");

        JsonNode made = api.get("observer", statements + "?segment=plenary-2").body();
        assertThat(made).extracting(statement -> statement.path("overLimit").asBoolean()).containsExactly(false, true);
        assertThat(made).extracting(statement -> statement.path("delegation").asText()).containsExactly("ECU", "BEL");
        assertThat(api.get("observer", list + "?segment=plenary-2").body())
                .extracting(speaker -> speaker.path("spoken").asBoolean()).containsExactly(true, true, false, false);

        ApiClient.Answer csv = api.get("observer", MEETING + "/reports/statements?format=csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.raw().body()).contains("Belgium", "over by 0:30").doesNotContain("Mexico");
        ApiClient.Answer speakersReport = api.get("observer", MEETING + "/reports/speakers?format=md");
        String markdown = speakersReport.raw().body();
        assertThat(markdown.indexOf("Ecuador")).isPositive().isLessThan(markdown.indexOf("Belgium"));
        assertThat(markdown.indexOf("Belgium")).isLessThan(markdown.indexOf("Mexico"));
    }

    @Test
    void theSecretariatChangesASegmentAndOnlyIt() {
        act(api, "secretariat", MEETING + "/segments", segment("panel-1", "PANEL"));
        Map<String, Object> changed = segment("panel-1", "PANEL");
        changed.put("theme", "Partnerships for the protection of victims");
        changed.put("chair", body("delegation", "QAT", "person", "Alya Ahmed Saif Al-Thani"));
        changed.put("panellists", List.of(body("name", "Joy Ezeilo", "title", "Executive Director",
                "organization", "Women Aid Collective")));
        ApiClient.Answer byADelegate = api.put("belgium", MEETING + "/segments/panel-1", changed);
        assertThat(byADelegate.status()).as(byADelegate.toString()).isEqualTo(403);
        ApiClient.Answer answer = api.put("secretariat", MEETING + "/segments/panel-1", changed);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);

        JsonNode panel = null;
        for (JsonNode segment : api.get("observer", MEETING).body().path("segments")) {
            if (segment.path("id").asText().equals("panel-1")) {
                panel = segment;
            }
        }
        assertThat(panel).isNotNull();
        assertThat(panel.path("theme").asText()).isEqualTo("Partnerships for the protection of victims");
        assertThat(panel.path("chair").path("delegation").asText()).isEqualTo("QAT");
        assertThat(panel.path("panellists").get(0).path("name").asText()).isEqualTo("Joy Ezeilo");

        ApiClient.Answer unknown = api.put("secretariat", MEETING + "/segments/panel-9", segment("panel-9", "PANEL"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_SEGMENT");
        ApiClient.Answer noMeeting = api.post("secretariat", "/api/meetings/no-such-meeting/segments",
                segment("plenary-1", "PLENARY"));
        assertThat(noMeeting.status()).as(noMeeting.toString()).isEqualTo(404);
        assertThat(noMeeting.code()).isEqualTo("UNKNOWN_MEETING");
    }

    @Test
    void theApiDescriptionListsTheMeetings() {
        ApiClient.Answer description = api.getAnything(null, "/v3/api-docs");
        assertThat(description.status()).as(description.toString()).isEqualTo(200);
        assertThat(description.raw().body()).contains("/api/meetings/{id}/speakers", "/api/meetings/{id}/statements");
    }

    @Test
    void everyReportInEveryFormat() {
        List<String> failures = new ArrayList<>();
        for (String kind : List.of("programme", "speakers", "statements", "delegations")) {
            for (String format : List.of("json", "csv", "md", "html", "pdf")) {
                ApiClient.Answer report = api.get("observer", MEETING + "/reports/" + kind + "?format=" + format,
                        "*/*");
                if (report.status() != 200 || report.raw().body().isEmpty()) {
                    failures.add(kind + " " + format + ": " + report.status());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(api.get("observer", MEETING + "/reports/programme?format=csv").raw().body())
                .contains("plenary-1", "Plenary meeting");
        assertThat(api.get("observer", MEETING + "/reports/minutes").code()).isEqualTo("UNKNOWN_REPORT");
        assertThat(api.get("observer", "/api/meetings/no-such-meeting/reports/programme").status()).isEqualTo(404);
    }
}
