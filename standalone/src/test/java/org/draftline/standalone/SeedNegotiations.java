package org.draftline.standalone;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two negotiations of the seed page driven through the public API: the secretariat records, as
 * history, each act of the delegation that performed it.
 * The stages and their order are the page's; dates, texts and input are illustrative, since the page
 * gives none.
 */
final class SeedNegotiations {

    static final String MODALITIES = "gpa-2017-modalities";
    static final String DECLARATION = "gpa-2017-political-declaration";

    private SeedNegotiations() {
    }

    static Map<String, Object> body(Object... keysAndValues) {
        java.util.LinkedHashMap<String, Object> body = new java.util.LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            body.put((String) keysAndValues[index], keysAndValues[index + 1]);
        }
        return body;
    }

    /** An act of {@code user}, performed live through the API as that account. */
    static long act(ApiClient api, String user, String path, Map<String, Object> body) {
        ApiClient.Answer answer = api.post(user, path, body);
        assertThat(answer.status()).as("%s %s -> %s", user, path, answer).isBetween(200, 201);
        return answer.sequence();
    }

    /**
     * A past act of {@code user}'s delegation, recorded as history by the secretariat for that delegation
     * ({@code recordedFor}); the secretariat's own past acts it records itself.
     */
    static long record(ApiClient api, String user, String path, Map<String, Object> body) {
        Map<String, Object> recorded = new java.util.LinkedHashMap<>(body);
        String delegation = DraftlineServer.delegationOf(user);
        if (delegation != null) {
            recorded.put("recordedFor", body("delegation", delegation));
        }
        return act(api, "secretariat", path, recorded);
    }

    /**
     * Records, as the secretariat, that {@code delegation} speaks for {@code group} from {@code from} to
     * {@code to} (both included; null: until further notice), as statements on the group's behalf need. Its
     * Idempotency-Key is the mandate's own, so test classes sharing a server record it once.
     */
    static void mandate(ApiClient api, String group, String delegation, String from, String to) {
        String path = "/api/groups/" + group + "/spokespersons";
        Map<String, Object> mandate = body("delegation", delegation, "from", from, "to", to);
        String key = UUID.nameUUIDFromBytes((path + " " + mandate).getBytes(StandardCharsets.UTF_8)).toString();
        ApiClient.Answer answer = api.post("secretariat", path, mandate, Map.of("Idempotency-Key", key));
        assertThat(answer.status()).as("mandate %s for %s -> %s", delegation, group, answer).isEqualTo(201);
    }

    static final String MODALITIES_ZERO_DRAFT = """
            # Modalities, format and organization of the high-level meeting

            The General Assembly,

            *Recalling* its resolution 64/293 of 30 July 2010, by which it adopted the Global Plan of Action,

            *Reaffirming* its commitment to prevent and combat trafficking in persons,

            1. Decides to convene a high-level meeting of the General Assembly to appraise the Global Plan of Action;

            2. Decides also that the high-level meeting shall consist of an opening segment and plenary meetings;

            3. Requests the President of the General Assembly to organize an informal interactive hearing;
            """;

    static final String MODALITIES_REVISED_DRAFT = """
            # Modalities, format and organization of the high-level meeting

            The General Assembly,

            *Recalling* its resolution 64/293 of 30 July 2010, by which it adopted the Global Plan of Action,

            *Reaffirming* its commitment to prevent and combat trafficking in persons,

            1. Decides to convene a high-level meeting of the General Assembly to appraise the Global Plan of Action;

            2. Decides also that the high-level meeting shall consist of an opening segment, plenary meetings and two interactive panel discussions;

            3. Requests the President of the General Assembly to organize an informal interactive multi-stakeholder hearing;
            """;

    static void modalitiesResolution(ApiClient api) {
        String documents = "/api/documents";
        String document = documents + "/" + MODALITIES;
        record(api, "secretariat", documents, body("id", MODALITIES, "title",
                "Modalities, format and organization of the high-level meeting on the appraisal of the Global Plan "
                        + "of Action to Combat Trafficking in Persons", "kind", "RESOLUTION",
                "body", "General Assembly", "session", "71", "mandate", "GA resolution 70/179",
                "occurredAt", "2017-01-09T10:00:00-05:00"));
        record(api, "secretariat", document + "/co-facilitators", body("coFacilitators", List.of(
                        body("delegation", "BEL", "representative", "Marc Pecsteen de Buytswerve"),
                        body("delegation", "QAT", "representative", "Alya Ahmed Saif Al-Thani")),
                "letter", "Letter of the President of the General Assembly", "occurredAt", "2017-01-12T10:00:00-05:00"));
        record(api, "belgium", document + "/zero-draft", body("text", MODALITIES_ZERO_DRAFT,
                "inputDeadline", "2017-02-10T18:00[America/New_York]", "occurredAt", "2017-02-01T12:00:00-05:00"));
        record(api, "mexico", document + "/inputs", body("onDraft", "zero", "comments", "Mexico welcomes the zero draft.",
                "proposals", List.of(body("paragraph", "OP2", "action", "AMEND", "text",
                        "Decides also that the high-level meeting shall include two interactive panel discussions;")),
                "occurredAt", "2017-02-08T16:00:00-05:00"));
        mandate(api, "G77", "ECU", "2017-01-01", "2017-12-31");
        record(api, "ecuador", document + "/inputs", body("onDraft", "zero", "onBehalfOf", "G77",
                "comments", "On behalf of the Group of 77 and China.",
                "proposals", List.of(body("paragraph", "OP3", "action", "AMEND", "text",
                        "Requests the President to organize an informal interactive multi-stakeholder hearing;")),
                "occurredAt", "2017-02-09T11:00:00-05:00"));
        record(api, "eu", document + "/inputs", body("onDraft", "zero", "comments", "The European Union supports OP1.",
                "occurredAt", "2017-02-10T17:00:00-05:00"));
        record(api, "qatar", document + "/revised-drafts", body("text", MODALITIES_REVISED_DRAFT,
                "occurredAt", "2017-03-01T12:00:00-05:00"));
        record(api, "belgium", document + "/meetings", body("kind", "READING", "title", "Second reading",
                "heldOn", "2017-03-10", "occurredAt", "2017-03-10T17:00:00-05:00"));
        record(api, "belgium", document + "/final-draft", body("text", MODALITIES_REVISED_DRAFT,
                "occurredAt", "2017-03-20T12:00:00-04:00"));
        record(api, "belgium", document + "/consensus", body("note", "Consensus on the draft modalities resolution",
                "occurredAt", "2017-03-24T12:00:00-04:00"));
        record(api, "secretariat", document + "/adoption", body("symbol", "A/RES/71/287", "adoptedOn", "2017-04-28",
                "method", "WITHOUT_A_VOTE", "draftSymbol", "A/71/L.65", "occurredAt", "2017-04-28T15:00:00-04:00"));
    }

    static final String DECLARATION_ZERO_DRAFT = """
            We, the Heads of State and Government and representatives of States, gathered at United Nations Headquarters in New York on 27 and 28 September 2017,

            1. Reaffirm our commitment to prevent and combat trafficking in persons;

            2. Recognize the central role of the Global Plan of Action;
            """;

    static final String DECLARATION_REVISED_DRAFT = """
            We, the Heads of State and Government and representatives of States, gathered at United Nations Headquarters in New York on 27 and 28 September 2017,

            1. Reaffirm our strong commitment to prevent and combat trafficking in persons and to protect its victims;

            2. Recognize the central role of the Global Plan of Action;

            3. Commit to strengthening international cooperation;
            """;

    static void politicalDeclaration(ApiClient api) {
        String documents = "/api/documents";
        String document = documents + "/" + DECLARATION;
        record(api, "secretariat", documents, body("id", DECLARATION, "title",
                "Political declaration on the implementation of the Global Plan of Action to Combat Trafficking in "
                        + "Persons", "kind", "DECLARATION", "body", "General Assembly", "session", "71",
                "mandate", "GA resolution 71/287", "occurredAt", "2017-05-01T10:00:00-04:00"));
        record(api, "secretariat", document + "/co-facilitators", body("coFacilitators", List.of(
                        body("delegation", "BEL"), body("delegation", "QAT")),
                "letter", "Appointment of co-facilitators", "occurredAt", "2017-05-05T10:00:00-04:00"));
        record(api, "secretariat", document + "/supporting-documents", body("kind", "ANNOUNCEMENT",
                "title", "Announcement: Multi-stakeholder hearing", "occurredAt", "2017-05-10T10:00:00-04:00"));
        record(api, "secretariat", document + "/supporting-documents", body("kind", "CONCEPT_NOTE",
                "title", "Concept Note: Informal Interactive Multi-stakeholder Hearing",
                "occurredAt", "2017-05-10T11:00:00-04:00"));
        record(api, "belgium", document + "/meetings", body("kind", "INFORMAL_MEETING",
                "title", "First informal meeting on Global Plan of Action", "heldOn", "2017-05-22",
                "occurredAt", "2017-05-22T15:00:00-04:00"));
        record(api, "secretariat", document + "/supporting-documents", body("kind", "PROGRAMME",
                "title", "Programme: informal interactive multi-stakeholder hearing",
                "occurredAt", "2017-06-01T10:00:00-04:00"));
        record(api, "qatar", document + "/meetings", body("kind", "MULTI_STAKEHOLDER_HEARING",
                "title", "Informal interactive multi-stakeholder hearing", "heldOn", "2017-06-23",
                "occurredAt", "2017-06-23T18:00:00-04:00"));
        record(api, "belgium", document + "/zero-draft", body("text", DECLARATION_ZERO_DRAFT,
                "occurredAt", "2017-07-03T12:00:00-04:00"));
        record(api, "secretariat", document + "/supporting-documents", body("kind", "SUMMARY",
                "title", "Summary of Informal Interactive Multi-stakeholder Hearing",
                "occurredAt", "2017-07-10T10:00:00-04:00"));
        record(api, "qatar", document + "/revised-drafts", body("text", DECLARATION_REVISED_DRAFT,
                "occurredAt", "2017-08-01T12:00:00-04:00"));
        record(api, "belgium", document + "/silence-procedure", body("deadline", "2017-08-29T18:00[America/New_York]",
                "occurredAt", "2017-08-25T12:00:00-04:00"));
        record(api, "belgium", document + "/final-draft", body("text", DECLARATION_REVISED_DRAFT,
                "occurredAt", "2017-08-31T12:00:00-04:00"));
    }
}
