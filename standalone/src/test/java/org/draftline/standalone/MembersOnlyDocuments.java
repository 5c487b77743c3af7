package org.draftline.standalone;

import java.util.ArrayList;
import java.util.List;

import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;
import static org.draftline.standalone.SeedNegotiations.record;

/**
 * A negotiation kept to members, with something of every kind an observer may or may not read (input with a
 * proposal, two drafts, a broken silence with its reason), and the API's reads of it sorted by what an
 * observer gets: for the tests of visibility and of the access matrix.
 */
final class MembersOnlyDocuments {

    /** Words of document {@code id} found only in what a members-only document keeps from observers. */
    static String mexicoComment(String id) {
        return "Mexico comments in confidence on the zero draft of " + id;
    }

    static String mexicoProposal(String id) {
        return "Calls for a survivor-centred approach in " + id;
    }

    static String breakReason(String id) {
        return "OP1 must name the confidential fund of " + id;
    }

    static final String ZERO_DRAFT = """
            PP1 Recalling its resolution 64/293,
            OP1 Reaffirms the Global Plan of Action;
            OP2 Decides to remain seized of the matter.""";
    static final String REV_1 = """
            PP1 Recalling its resolution 64/293,
            OP1 Reaffirms the Global Plan of Action and its trust fund;
            OP2 Decides to remain seized of the matter.""";
    static final String REPORT_FORMATS = "json,csv,md,html,pdf";
    static final List<String> DOCUMENT_REPORTS = List.of("timeline", "participation", "silence", "audit-trail");

    private MembersOnlyDocuments() {
    }

    /**
     * Registers {@code id} with {@code visibility} (MEMBERS or PUBLIC) and records its negotiation up to a
     * broken silence on Rev.1: the secretariat registers and appoints Belgium and Qatar, Mexico sends input on
     * the zero draft and breaks silence, as the secretariat records them for 2017.
     */
    static void negotiate(ApiClient api, String id, String visibility) {
        String document = "/api/documents/" + id;
        act(api, "secretariat", "/api/documents", body("id", id, "title", "Closed consultations on " + id,
                "kind", "DECISION", "body", "General Assembly", "session", "71", "occurredAt", "2017-03-01",
                "visibility", visibility));
        act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT")), "occurredAt", "2017-03-02"));
        record(api, "belgium", document + "/zero-draft", body("text", ZERO_DRAFT, "occurredAt", "2017-03-10"));
        record(api, "mexico", document + "/inputs", body("onDraft", "zero", "comments", mexicoComment(id),
                "occurredAt", "2017-03-15", "proposals", List.of(body("paragraph", "OP1", "action", "INSERT_AFTER",
                        "text", mexicoProposal(id)))));
        record(api, "qatar", document + "/revised-drafts", body("text", REV_1, "occurredAt", "2017-04-01"));
        record(api, "belgium", document + "/silence-procedure", body("deadline", "2017-04-10T18:00[America/New_York]",
                "occurredAt", "2017-04-02"));
        record(api, "mexico", document + "/silence-procedure/breaks", body("reason", breakReason(id),
                "occurredAt", "2017-04-05"));
    }

    /** What an observer reads of a members-only document: its status, its drafts and their comparison. */
    static List<String> readByObservers(String id) {
        String document = "/api/documents/" + id;
        return List.of(document, "/api/documents", document + "/drafts", document + "/drafts/zero",
                document + "/drafts/rev1", document + "/drafts/zero/compare?with=rev1",
                document + "/drafts/zero/compare?with=rev1&format=html", document + "/integrity");
    }

    /**
     * What a members-only document keeps from observers (403 {@code MEMBERS_ONLY}): its input, compilation,
     * audit trail, every report in every format, and the Akoma Ntoso export.
     */
    static List<String> keptFromObservers(String id) {
        String document = "/api/documents/" + id;
        List<String> paths = new ArrayList<>(List.of(document + "/inputs", document + "/inputs?delegation=MEX",
                document + "/drafts/zero/compilation", document + "/drafts/rev1/compilation", document + "/history",
                document + "/history?asOf=2017-03-20", document + "/export/akn"));
        for (String report : DOCUMENT_REPORTS) {
            for (String format : REPORT_FORMATS.split(",")) {
                paths.add(document + "/reports/" + report + "?format=" + format);
            }
        }
        return paths;
    }
}
