package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.record;
import static org.draftline.standalone.SeedNegotiations.body;

/** Every kind of bad request gets problem details naming the field or the rule, and records nothing. */
class ErrorAnswersTest {

    private static final String DOCUMENT = "/api/documents/errors-resolution";

    private static ApiClient api;

    @BeforeAll
    static void registerADocumentUnderNegotiation() {
        api = SharedServer.client();
        act(api, "secretariat", "/api/documents", body("id", "errors-resolution", "title", "Resolution on errors",
                "kind", "RESOLUTION", "body", "General Assembly", "occurredAt", "2017-01-02"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-01-03"));
        record(api, "belgium", DOCUMENT + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ...",
                "inputDeadline", "2017-01-20T18:00:00-05:00", "occurredAt", "2017-01-10"));
    }

    private static long recordedEvents() {
        return api.get("observer", DOCUMENT + "/history").body().get("totalEntries").asLong();
    }

    private static void assertProblem(ApiClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("type").asText()).startsWith("urn:draftline:problem:");
        assertThat(answer.body().get("title").asText()).isNotBlank();
        assertThat(answer.body().get("detail").asText()).isNotBlank();
    }

    private static List<String> fields(ApiClient.Answer answer) {
        return answer.body().get("errors").findValuesAsText("field");
    }

    @Test
    void missingAndMalformedFieldsAreNamed() {
        long before = recordedEvents();
        ApiClient.Answer missing = api.post("belgium", DOCUMENT + "/meetings", body("kind", "READING"));
        assertProblem(missing, 400);
        assertThat(missing.code()).isEqualTo("INVALID_REQUEST");
        assertThat(fields(missing)).containsExactly("title");

        ApiClient.Answer badDate = api.post("belgium", DOCUMENT + "/meetings",
                body("kind", "READING", "title", "First reading", "heldOn", "31/02/2017"));
        assertProblem(badDate, 400);
        assertThat(fields(badDate)).containsExactly("heldOn");

        ApiClient.Answer unknownEnum = api.post("belgium", DOCUMENT + "/meetings",
                body("kind", "COCKTAIL", "title", "Reception", "heldOn", "2017-01-11"));
        assertProblem(unknownEnum, 400);
        assertThat(fields(unknownEnum)).containsExactly("kind");
        assertThat(unknownEnum.body().at("/errors/0/message").asText()).contains("INFORMAL_MEETING", "BRIEFING");

        ApiClient.Answer wrongType = api.post("belgium", DOCUMENT + "/consensus", "{\"note\": {\"nested\": true}}");
        assertProblem(wrongType, 400);
        assertThat(fields(wrongType)).containsExactly("note");

        ApiClient.Answer hugeCount = api.post("secretariat", DOCUMENT + "/adoption", "{\"symbol\": \"A/RES/71/1\", "
                + "\"adoptedOn\": \"2017-02-01\", \"method\": \"RECORDED_VOTE\", \"votes\": {\"yes\": 99999999999}}");
        assertProblem(hugeCount, 400);
        assertThat(fields(hugeCount)).containsExactly("votes.yes");

        ApiClient.Answer unknownField = api.post("belgium", DOCUMENT + "/consensus", body("nte", "typo"));
        assertProblem(unknownField, 400);
        assertThat(fields(unknownField)).containsExactly("nte");

        ApiClient.Answer badTime = api.post("mexico", DOCUMENT + "/inputs",
                body("onDraft", "zero", "comments", "x", "occurredAt", "next Tuesday"));
        assertProblem(badTime, 400);
        assertThat(fields(badTime)).containsExactly("occurredAt");

        ApiClient.Answer badProposal = api.post("mexico", DOCUMENT + "/inputs", body("onDraft", "zero",
                "proposals", List.of(body("paragraph", "OP1", "action", "DELETE", "text", "but with text"))));
        assertProblem(badProposal, 400);
        assertThat(fields(badProposal)).containsExactly("proposals[0].text");

        ApiClient.Answer unknownDelegation = api.post("mexico", DOCUMENT + "/inputs",
                body("onDraft", "zero", "comments", "x", "onBehalfOf", "XYZ"));
        assertProblem(unknownDelegation, 400);
        assertThat(fields(unknownDelegation)).containsExactly("onBehalfOf");

        ApiClient.Answer emptyProposal = api.post("mexico", DOCUMENT + "/inputs",
                "{\"onDraft\": \"zero\", \"proposals\": [null]}");
        assertProblem(emptyProposal, 400);
        assertThat(fields(emptyProposal)).containsExactly("proposals");
        assertProblem(api.post("secretariat", DOCUMENT + "/co-facilitators", "{\"coFacilitators\": [null]}"), 400);
        assertProblem(api.post("mexico", DOCUMENT + "/inputs", "{\"onDraft\": \"zero\", "), 400);
        assertProblem(api.post("mexico", DOCUMENT + "/inputs", ""), 400);
        assertProblem(api.post("mexico", DOCUMENT + "/inputs", "[1, 2]"), 400);
        assertProblem(api.get("observer", DOCUMENT + "/history?page=minus-one"), 400);
        assertProblem(api.get("observer", DOCUMENT + "/history?type=Nonsense"), 400);
        assertProblem(api.get("observer", DOCUMENT + "/history?size=100000"), 400);
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void withoutSigningInNothingIsReadOrRecorded() {
        ApiClient.Answer anonymous = api.get(null, DOCUMENT);
        assertProblem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertProblem(api.post(null, DOCUMENT + "/consensus", body()), 401);
        assertProblem(api.get("nobody", DOCUMENT), 401);
    }

    @Test
    void actsThatTheRoleOrDelegationMayNotDoAreForbiddenWithTheRule() {
        long before = recordedEvents();
        ApiClient.Answer notCoFacilitator = api.post("mexico", DOCUMENT + "/revised-drafts",
                body("text", "PP1 Recalling ...\nOP1 Decides ..."));
        assertProblem(notCoFacilitator, 403);
        assertThat(notCoFacilitator.code()).isEqualTo("NOT_A_CO_FACILITATOR");

        ApiClient.Answer notSecretariat = api.post("belgium", DOCUMENT + "/adoption",
                body("symbol", "A/RES/71/1", "adoptedOn", "2017-02-01", "method", "WITHOUT_A_VOTE"));
        assertProblem(notSecretariat, 403);
        assertThat(notSecretariat.code()).isEqualTo("NOT_SECRETARIAT");

        ApiClient.Answer observerInput = api.post("observer", DOCUMENT + "/inputs",
                body("onDraft", "zero", "comments", "An observer's view"));
        assertProblem(observerInput, 403);
        assertThat(observerInput.code()).isEqualTo("NOT_A_DELEGATE");
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void unknownDocumentsAndVersionsAreNotFound() {
        ApiClient.Answer unknownDocument = api.get("observer", "/api/documents/no-such-document");
        assertProblem(unknownDocument, 404);
        assertThat(unknownDocument.code()).isEqualTo("UNKNOWN_DOCUMENT");
        assertProblem(api.get("observer", "/api/documents/no-such-document/history"), 404);
        ApiClient.Answer commandOnUnknown = api.post("belgium", "/api/documents/no-such-document/consensus", body());
        assertProblem(commandOnUnknown, 404);
        assertThat(commandOnUnknown.code()).isEqualTo("UNKNOWN_DOCUMENT");

        ApiClient.Answer unknownVersion = api.get("observer", DOCUMENT + "/drafts/rev7");
        assertProblem(unknownVersion, 404);
        assertThat(unknownVersion.code()).isEqualTo("UNKNOWN_DRAFT");
        ApiClient.Answer inputOnUnknownVersion = api.post("mexico", DOCUMENT + "/inputs",
                body("onDraft", "rev7", "comments", "On a text never circulated"));
        assertProblem(inputOnUnknownVersion, 404);
        assertThat(inputOnUnknownVersion.code()).isEqualTo("UNKNOWN_DRAFT");
    }

    @Test
    void rulesOfTheNegotiationRefuseWithTheirCode() {
        long before = recordedEvents();
        ApiClient.Answer wrongStage = api.post("secretariat", DOCUMENT + "/consensus", body("occurredAt", "2017-01-12",
                "recordedFor", body("delegation", "BEL")));
        assertProblem(wrongStage, 409);
        assertThat(wrongStage.code()).isEqualTo("WRONG_STAGE");

        ApiClient.Answer late = api.post("secretariat", DOCUMENT + "/inputs", body("onDraft", "zero",
                "comments", "Too late", "occurredAt", "2017-01-21", "recordedFor", body("delegation", "MEX")));
        assertProblem(late, 409);
        assertThat(late.code()).isEqualTo("DEADLINE_PASSED");

        ApiClient.Answer duplicate = api.post("secretariat", "/api/documents", body("id", "errors-resolution",
                "title", "Again", "kind", "OTHER", "body", "General Assembly"));
        assertProblem(duplicate, 409);
        assertThat(duplicate.code()).isEqualTo("DOCUMENT_EXISTS");

        ApiClient.Answer outOfOrder = api.post("secretariat", DOCUMENT + "/meetings", body("kind", "BRIEFING",
                "title", "Briefing", "heldOn", "2016-12-01", "occurredAt", "2016-12-01",
                "recordedFor", body("delegation", "BEL")));
        assertProblem(outOfOrder, 409);
        assertThat(outOfOrder.code()).isEqualTo("OCCURRED_BEFORE_LAST_STEP");
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void aBodyTooLargeIsRefusedBeforeItIsRead() {
        String huge = "{\"text\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        ApiClient.Answer tooLarge = api.post("belgium", DOCUMENT + "/revised-drafts", huge);
        assertProblem(tooLarge, 413);
        assertThat(tooLarge.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyTooLargeWithoutADeclaredLengthIsRefusedWhileRead() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        byte[] chunk = ("{\"text\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl() + DOCUMENT + "/revised-drafts"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("belgium:" + DraftlineServer.PASSWORD).getBytes()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(chunk)))
                .build();
        java.net.http.HttpResponse<String> response = http.send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = ApiClient.JSON.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    private static String baseUrl() {
        return api.base();
    }

    @Test
    void aDraftMadeOnlyOfLineSeparatorsIsRefusedNamingTheText() {
        long before = recordedEvents();
        for (String separators : List.of("\u0085", "\u2028", "\u2029", "\u2028\u2029\u2028", "\n\u0085\n")) {
            ApiClient.Answer answer = api.post("belgium", DOCUMENT + "/revised-drafts", body("text", separators));
            assertProblem(answer, 400);
            assertThat(fields(answer)).containsExactly("text");
        }
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void aBodyOfAWildcardOrUnknownTypeIsUnsupported() throws Exception {
        long before = recordedEvents();
        for (String type : List.of("*/*", "text/*", "text/plain", "application/x-www-form-urlencoded", "nonsense")) {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + DOCUMENT + "/consensus"))
                            .header("Content-Type", type)
                            .header("Accept", "application/json")
                            .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                    .encodeToString(("belgium:" + DraftlineServer.PASSWORD).getBytes()))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"note\": \"x\"}"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(type + " -> " + response.body()).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/problem+json");
            assertThat(ApiClient.JSON.readTree(response.body()).get("status").asInt()).isEqualTo(415);
        }
        assertThat(recordedEvents()).isEqualTo(before);
    }

    /** Found by an attack: each of these was accepted, coerced or blamed on the wrong field. */
    @Test
    void fractionsDeprecatedZonesAndBadLabelsAreRefusedNamingTheirField() {
        long before = recordedEvents();
        ApiClient.Answer fraction = api.post("secretariat", DOCUMENT + "/adoption", body("symbol", "A/RES/71/999",
                "adoptedOn", "2017-02-01", "method", "RECORDED_VOTE",
                "votes", body("yes", 1.5, "no", 0, "abstain", 0)));
        assertProblem(fraction, 400);
        ApiClient.Answer zone = api.post("belgium", DOCUMENT + "/silence-procedure",
                body("deadline", "2030-12-05T23:24[SystemV/EST5]"));
        assertProblem(zone, 400);
        assertThat(fields(zone)).containsExactly("deadline");
        ApiClient.Answer label = api.post("mexico", DOCUMENT + "/inputs", body("onDraft", "rev", "comments", "x"));
        assertProblem(label, 400);
        assertThat(fields(label)).containsExactly("onDraft");
        assertThat(recordedEvents()).isEqualTo(before);
    }

    /** Found by an attack: a megabyte of occurredAt came back whole in the refusal. */
    @Test
    void aRefusalQuotesAtMostTheStartOfWhatWasSent() {
        String huge = "2017-".repeat(200_000);
        ApiClient.Answer answer = api.post("belgium", DOCUMENT + "/consensus", body("occurredAt", huge));
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("occurredAt");
        assertThat(answer.raw().body().length()).isLessThan(3_000);
        assertThat(answer.body().get("detail").asText()).startsWith("occurredAt: '2017-2017-")
                .containsPattern("\\(cut; \\d{7} characters in all\\)$");
    }

    /** Jackson would read 123 as "123", true as "true" and 0 as the first kind: each is the client's error. */
    @Test
    void numbersBooleansAndOrdinalsWhereTextOrNamesBelongAreRefusedNamingTheField() {
        long before = recordedEvents();
        ApiClient.Answer numberTitle = api.post("belgium", DOCUMENT + "/meetings",
                "{\"kind\": \"READING\", \"title\": 123, \"heldOn\": \"2017-01-11\"}");
        assertProblem(numberTitle, 400);
        assertThat(fields(numberTitle)).containsExactly("title");
        ApiClient.Answer ordinalKind = api.post("belgium", DOCUMENT + "/meetings",
                "{\"kind\": 0, \"title\": \"First reading\", \"heldOn\": \"2017-01-11\"}");
        assertProblem(ordinalKind, 400);
        assertThat(fields(ordinalKind)).containsExactly("kind");
        ApiClient.Answer ordinalAsText = api.post("belgium", DOCUMENT + "/meetings",
                "{\"kind\": \"1\", \"title\": \"First reading\", \"heldOn\": \"2017-01-11\"}");
        assertProblem(ordinalAsText, 400);
        assertThat(fields(ordinalAsText)).containsExactly("kind");
        ApiClient.Answer booleanComments = api.post("mexico", DOCUMENT + "/inputs",
                "{\"onDraft\": \"zero\", \"comments\": true}");
        assertProblem(booleanComments, 400);
        assertThat(fields(booleanComments)).containsExactly("comments");
        ApiClient.Answer fractionText = api.post("mexico", DOCUMENT + "/inputs",
                "{\"onDraft\": \"zero\", \"comments\": 1.5}");
        assertProblem(fractionText, 400);
        assertThat(fields(fractionText)).containsExactly("comments");
        ApiClient.Answer nestedProposal = api.post("mexico", DOCUMENT + "/inputs", "{\"onDraft\": \"zero\", "
                + "\"proposals\": [{\"paragraph\": \"OP1\", \"action\": 2, \"text\": \"x\"}]}");
        assertProblem(nestedProposal, 400);
        assertThat(fields(nestedProposal)).containsExactly("proposals[0].action");
        ApiClient.Answer booleanVotes = api.post("secretariat", DOCUMENT + "/adoption", "{\"symbol\": \"A/RES/71/2\", "
                + "\"adoptedOn\": \"2017-02-01\", \"method\": \"RECORDED_VOTE\", \"votes\": {\"yes\": true}}");
        assertProblem(booleanVotes, 400);
        assertThat(fields(booleanVotes)).containsExactly("votes.yes");
        assertThat(recordedEvents()).isEqualTo(before);
    }

    /** Found by an attack: multipart without its boundary failed in the filters, before any controller. */
    @Test
    void aMultipartBodyWithoutItsBoundaryIsTheClientsError() throws Exception {
        long before = recordedEvents();
        String belgium = "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("belgium:" + DraftlineServer.PASSWORD).getBytes());
        List<java.net.http.HttpRequest.Builder> requests = List.of(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + DOCUMENT + "/consensus"))
                        .header("Authorization", belgium)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"note\": \"x\"}")),
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/documents"))
                        .header("Authorization", belgium).GET(),
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/login"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=belgium&password=x")));
        for (java.net.http.HttpRequest.Builder request : requests) {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    request.header("Content-Type", "multipart/form-data").header("Accept", "application/json")
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(request.build().uri() + " -> " + response.body())
                    .isBetween(400, 499);
        }
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotAServerError() {
        ApiClient.Answer signedIn = api.get("observer", "/error");
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(404);
        ApiClient.Answer anonymous = api.get(null, "/error");
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(404);
    }

    @Test
    void anUnknownPathIsNotFoundAsAProblem() {
        ApiClient.Answer answer = api.get("observer", "/api/nothing-here");
        assertProblem(answer, 404);
    }
}
