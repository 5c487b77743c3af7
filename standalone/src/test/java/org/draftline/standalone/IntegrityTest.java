package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.MODALITIES;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Tamper evidence on the running server: a recorded negotiation verifies and its head is signed; rows edited,
 * deleted, inserted or reordered with SQL on the embedded PostgreSQL are each reported at the right sequence
 * with the right reason; links appended or remade with SQL lack Draftline's MAC and are never signed; reports and the
 * Akoma Ntoso export print the head and its signature; the key stays owner-only and the same across restarts.
 */
class IntegrityTest {

    private static Path dataDir;
    private static DraftlineServer server;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("draftline-integrity");
        // heads signed on demand here; the scheduled signing is ChainOnPostgresTest's
        server = DraftlineServer.start(dataDir, "--draftline.integrity.signing-interval=PT1H");
        SeedNegotiations.modalitiesResolution(server.client());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ApiClient api() {
        return server.client();
    }

    private static JdbcTemplate sql() {
        return new JdbcTemplate(server.application().getBean(DataSource.class));
    }

    private static JsonNode integrity(String id) {
        ApiClient.Answer answer = api().get("observer", "/api/documents/" + id + "/integrity");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.body();
    }

    /** A short negotiation acted now, its own document for each tampering; answers its last sequence. */
    private static long negotiate(String id) {
        String document = "/api/documents/" + id;
        act(api(), "secretariat", "/api/documents", body("id", id, "title", "Integrity " + id, "kind", "RESOLUTION",
                "body", "General Assembly"));
        act(api(), "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api(), "belgium", document + "/zero-draft", body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT));
        act(api(), "mexico", document + "/inputs", body("onDraft", "zero", "comments", "Mexico welcomes the zero draft."));
        act(api(), "ecuador", document + "/inputs", body("onDraft", "zero", "comments", "Ecuador asks for more time."));
        act(api(), "eu", document + "/inputs", body("onDraft", "zero", "comments", "The European Union supports OP1."));
        return act(api(), "qatar", document + "/revised-drafts", body("text", SeedNegotiations.MODALITIES_REVISED_DRAFT));
    }

    private static long sequenceOf(String id, String payloadText) {
        return sql().queryForObject("""
                SELECT sequencenumber FROM domainevententry
                WHERE aggregateidentifier = ? AND convert_from(payload, 'UTF8') LIKE ?""", Long.class, id,
                "%" + payloadText + "%");
    }

    private static void assertBrokenAt(JsonNode check, long sequence, String reason) {
        assertThat(check.get("verified").asBoolean()).as("%s", check).isFalse();
        assertThat(check.get("firstBrokenSequence").asLong()).as("%s", check).isEqualTo(sequence);
        assertThat(check.get("reason").asText()).as("%s", check).isEqualTo(reason);
        assertThat(check.get("detail").asText()).isNotBlank();
    }

    @Test
    void aRecordedNegotiationVerifiesAndItsHeadIsSignedWithThePublishedKey() throws Exception {
        JsonNode check = integrity(MODALITIES);
        long stored = sql().queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, MODALITIES);

        assertThat(check.get("verified").asBoolean()).as("%s", check).isTrue();
        assertThat(check.get("events").asLong()).isEqualTo(stored).isGreaterThan(5);
        assertThat(check.get("head").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(check.has("firstBrokenSequence")).isFalse();
        JsonNode signed = check.get("signedHead");
        assertThat(signed.get("sequence").asLong()).isEqualTo(stored - 1);
        assertThat(signed.get("head").asText()).isEqualTo(check.get("head").asText());
        assertThat(check.get("signature").asText()).isEqualTo(signed.get("signature").asText()).startsWith("ed25519:");

        JsonNode key = api().get("observer", "/api/integrity/key").body();
        assertThat(key.get("kty").asText()).isEqualTo("OKP");
        assertThat(key.get("crv").asText()).isEqualTo("Ed25519");
        assertThat(signed.get("keyId").asText()).isEqualTo(key.get("kid").asText());
        String statement = "draftline-signed-head/1\n" + MODALITIES + "\n" + signed.get("sequence").asLong() + "\n"
                + signed.get("head").asText() + "\n" + signed.get("signedAt").asText() + "\n";
        assertThat(verifies(key, statement, signed.get("signature").asText())).isTrue();
        assertThat(verifies(key, statement.replace(MODALITIES, "another-document"), signed.get("signature").asText()))
                .isFalse();
        HttpResponse<String> pem = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api().base() + "/api/integrity/key")).header("Accept", "application/x-pem-file")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("observer:" + DraftlineServer.PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pem.statusCode()).isEqualTo(200);
        assertThat(pem.body()).isEqualTo(key.get("pem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    /** Checks a signature as anyone outside would: the JDK, the PEM from the API, the documented statement. */
    private static boolean verifies(JsonNode key, String statement, String signature) throws Exception {
        String pem = key.get("pem").asText().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(statement.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature.substring("ed25519:".length())));
    }

    @Test
    void theChainRecomputedInSqlAsDocumentedIsTheChainDraftlineStored() {
        negotiate("integrity-in-sql");
        List<String> recomputed = sql().queryForList("""
                WITH RECURSIVE chain(sequence, hash) AS (
                    SELECT e.sequencenumber, draftline_chain_link(decode(repeat('00', 32), 'hex'), e)
                    FROM domainevententry e WHERE e.aggregateidentifier = ? AND e.sequencenumber = 0
                    UNION ALL
                    SELECT e.sequencenumber, draftline_chain_link(chain.hash, e)
                    FROM chain JOIN domainevententry e
                      ON e.aggregateidentifier = ? AND e.sequencenumber = chain.sequence + 1)
                SELECT encode(hash, 'hex') FROM chain ORDER BY sequence""", String.class,
                "integrity-in-sql", "integrity-in-sql");
        List<String> stored = sql().queryForList(
                "SELECT encode(hash, 'hex') FROM event_chain WHERE aggregate_id = ? ORDER BY sequence", String.class,
                "integrity-in-sql");

        assertThat(recomputed).hasSize(stored.size()).isEqualTo(stored);
        assertThat(integrity("integrity-in-sql").get("head").asText()).isEqualTo("sha256:" + stored.get(stored.size() - 1));
    }

    @Test
    void anEditedPayloadIsReportedAtItsSequence() {
        String id = "integrity-edited";
        negotiate(id);
        long mexico = sequenceOf(id, "Mexico welcomes");

        int edited = sql().update("""
                UPDATE domainevententry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Mexico welcomes', 'Mexico rejects'), 'UTF8')
                WHERE aggregateidentifier = ? AND sequencenumber = ?""", id, mexico);

        assertThat(edited).isEqualTo(1);
        assertBrokenAt(integrity(id), mexico, "EDITED");
    }

    /**
     * A mandate is an event on the record like a document's acts, and the documents' rules trust it: a mandate
     * widened in SQL (here to speak for the group years later) must show on the group's own integrity check.
     */
    @Test
    void aMandateEditedInSqlIsReportedOnItsGroup() {
        SeedNegotiations.mandate(api(), "CARICOM", "JAM", "2017-01-01", "2017-12-31");
        SeedNegotiations.mandate(api(), "CARICOM", "BRB", "2018-01-01", "2018-12-31");
        JsonNode intact = groupIntegrity("CARICOM");
        assertThat(intact.get("verified").asBoolean()).as("%s", intact).isTrue();
        assertThat(intact.get("events").asLong()).isEqualTo(2);
        assertThat(intact.get("head").asText()).startsWith("sha256:");

        int edited = sql().update("""
                UPDATE domainevententry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '"to":"2017-12-31"', '"to":"2030-12-31"'), 'UTF8')
                WHERE aggregateidentifier = 'CARICOM' AND sequencenumber = 0""");

        assertThat(edited).isEqualTo(1);
        assertBrokenAt(groupIntegrity("CARICOM"), 0, "EDITED");
        JsonNode untouched = groupIntegrity("PSIDS");
        assertThat(untouched.get("verified").asBoolean()).as("%s", untouched).isTrue();
        assertThat(untouched.get("events").asLong()).isZero();
        assertThat(api().get("observer", "/api/groups/MEX/integrity").code()).isEqualTo("UNKNOWN_GROUP");
        assertThat(api().get("observer", "/api/groups/NOPE/integrity").code()).isEqualTo("UNKNOWN_GROUP");
    }

    private static JsonNode groupIntegrity(String code) {
        ApiClient.Answer answer = api().get("observer", "/api/groups/" + code + "/integrity");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.body();
    }

    @Test
    void aDeletedEventIsReportedAtItsSequence() {
        String id = "integrity-deleted";
        negotiate(id);
        long ecuador = sequenceOf(id, "Ecuador asks");

        sql().update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?", id, ecuador);

        assertBrokenAt(integrity(id), ecuador, "DELETED");
    }

    @Test
    void anEventInsertedAmongTheOthersIsReportedAtItsSequence() {
        String id = "integrity-inserted";
        negotiate(id);
        long ecuador = sequenceOf(id, "Ecuador asks");

        // make room at Ecuador's place (through negative numbers, as the unique index checks row by row), then
        // slip in a forged input copied from Ecuador's with a text of the forger's choosing
        sql().update("UPDATE domainevententry SET sequencenumber = -sequencenumber - 1 "
                + "WHERE aggregateidentifier = ? AND sequencenumber >= ?", id, ecuador);
        sql().update("UPDATE domainevententry SET sequencenumber = -sequencenumber WHERE aggregateidentifier = ? "
                + "AND sequencenumber < 0", id);
        sql().update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                SELECT aggregateidentifier, ?, type, 'forged-' || eventidentifier, metadata,
                       convert_to(replace(convert_from(payload, 'UTF8'), 'Ecuador asks for more time',
                                          'Ecuador withdraws its objection'), 'UTF8'),
                       payloadrevision, payloadtype, timestamp
                FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?""", ecuador, id, ecuador + 1);

        assertBrokenAt(integrity(id), ecuador, "INSERTED");
    }

    @Test
    void twoEventsSwappedAreReportedAsReorderedAtTheFirst() {
        String id = "integrity-reordered";
        negotiate(id);
        long mexico = sequenceOf(id, "Mexico welcomes");

        sql().update("UPDATE domainevententry SET sequencenumber = -1 WHERE aggregateidentifier = ? "
                + "AND sequencenumber = ?", id, mexico);
        sql().update("UPDATE domainevententry SET sequencenumber = ? WHERE aggregateidentifier = ? "
                + "AND sequencenumber = ?", mexico, id, mexico + 1);
        sql().update("UPDATE domainevententry SET sequencenumber = ? WHERE aggregateidentifier = ? "
                + "AND sequencenumber = -1", mexico + 1, id);

        assertBrokenAt(integrity(id), mexico, "REORDERED");
    }

    /** Edits Mexico's input and remakes every link from it on with the database's own function, as documented. */
    private static long editAndRelink(String id, long last) {
        long mexico = sequenceOf(id, "Mexico welcomes");
        sql().update("""
                UPDATE domainevententry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Mexico welcomes', 'Mexico rejects'), 'UTF8')
                WHERE aggregateidentifier = ? AND sequencenumber = ?""", id, mexico);
        for (long sequence = mexico; sequence <= last; sequence++) {
            sql().update("""
                    UPDATE event_chain SET hash = draftline_chain_link(
                        (SELECT previous.hash FROM event_chain previous
                         WHERE previous.aggregate_id = ? AND previous.sequence = ?),
                        (SELECT e FROM domainevententry e WHERE e.aggregateidentifier = ? AND e.sequencenumber = ?))
                    WHERE aggregate_id = ? AND sequence = ?""", id, sequence - 1, id, sequence, id, sequence);
        }
        return mexico;
    }

    private static List<Long> signedSequences(String id) {
        return sql().queryForList("SELECT sequence FROM signed_head WHERE aggregate_id = ? ORDER BY sequence",
                Long.class, id);
    }

    @Test
    void anEditWhoseChainWasRemadeIsReportedAtTheEditedSequence() {
        String id = "integrity-remade";
        long last = negotiate(id);
        JsonNode signed = integrity(id);
        assertThat(signed.get("verified").asBoolean()).isTrue();
        assertThat(signed.get("signedHead").get("sequence").asLong()).isEqualTo(last);
        List<Long> signedBefore = signedSequences(id);

        long mexico = editAndRelink(id, last);

        JsonNode check = integrity(id);
        // the remade links all match the edited events, but none carries Draftline's MAC: the first one remade tells
        assertBrokenAt(check, mexico, "FORGED_LINK");
        assertThat(check.get("head").asText()).isNotEqualTo(signed.get("head").asText());
        assertThat(signedSequences(id)).isEqualTo(signedBefore);
    }

    @Test
    void aRelinkedChainWhoseSignedHeadsWereDeletedIsNotSignedAgain() {
        String id = "integrity-remade-unsigned";
        long last = negotiate(id);
        assertThat(integrity(id).get("verified").asBoolean()).isTrue();
        assertThat(signedSequences(id)).isNotEmpty();

        long mexico = editAndRelink(id, last);
        sql().update("DELETE FROM signed_head WHERE aggregate_id = ?", id);

        assertBrokenAt(integrity(id), mexico, "FORGED_LINK");
        assertThat(signedSequences(id)).isEmpty();
    }

    @Test
    void anEventAppendedWithSqlAndLinkedByTheDatabasesFunctionIsNotSigned() {
        String id = "integrity-appended";
        long last = negotiate(id);
        assertThat(integrity(id).get("signedHead").get("sequence").asLong()).isEqualTo(last);
        List<Long> signedBefore = signedSequences(id);
        long ecuador = sequenceOf(id, "Ecuador asks");

        // a forged input at the end, copied from Ecuador's, and its link made exactly as Draftline makes one
        sql().update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                SELECT aggregateidentifier, ?, type, 'forged-' || eventidentifier, metadata,
                       convert_to(replace(convert_from(payload, 'UTF8'), 'Ecuador asks for more time',
                                          'Ecuador withdraws its objection'), 'UTF8'),
                       payloadrevision, payloadtype, timestamp
                FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?""", last + 1, id, ecuador);
        sql().update("""
                INSERT INTO event_chain (aggregate_id, sequence, event_identifier, hash)
                SELECT e.aggregateidentifier, e.sequencenumber, e.eventidentifier, draftline_chain_link(
                    (SELECT previous.hash FROM event_chain previous WHERE previous.aggregate_id = ? AND previous.sequence = ?), e)
                FROM domainevententry e WHERE e.aggregateidentifier = ? AND e.sequencenumber = ?""", id, last, id, last + 1);

        JsonNode check = integrity(id);
        assertBrokenAt(check, last + 1, "FORGED_LINK");
        assertThat(check.get("events").asLong()).isEqualTo(last + 2);
        assertThat(check.get("signedHead").get("sequence").asLong()).isEqualTo(last);
        assertThat(signedSequences(id)).isEqualTo(signedBefore);
    }

    @Test
    void aLinkStrippedOfItsMacIsNotGivenOneByARestart() {
        String id = "integrity-unmaced";
        long last = negotiate(id);
        List<Long> signedBefore = signedSequences(id);
        sql().update("UPDATE event_chain SET mac = NULL WHERE aggregate_id = ? AND sequence = ?", id, last);
        assertBrokenAt(integrity(id), last, "FORGED_LINK");

        server.restart();

        // only the links the MAC migration marked get a MAC at start, never one found without later
        assertBrokenAt(integrity(id), last, "FORGED_LINK");
        assertThat(signedSequences(id)).isEqualTo(signedBefore);
        assertThat(integrity(MODALITIES).get("verified").asBoolean()).isTrue();
    }

    @Test
    void theLastEventDeletedWithItsLinkIsCaughtByTheSignedHead() {
        String id = "integrity-tail";
        long last = negotiate(id);
        assertThat(integrity(id).get("signedHead").get("sequence").asLong()).isEqualTo(last);

        sql().update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?", id, last);
        sql().update("DELETE FROM event_chain WHERE aggregate_id = ? AND sequence = ?", id, last);

        assertBrokenAt(integrity(id), last, "DELETED");
    }

    @Test
    void aForgedSignedHeadDoesNotVerify() {
        String id = "integrity-forged-signature";
        long last = negotiate(id);
        integrity(id);

        sql().update("UPDATE signed_head SET signature = decode(repeat('ab', 64), 'hex') "
                + "WHERE aggregate_id = ? AND sequence = ?", id, last);

        assertBrokenAt(integrity(id), afterLastSignedBefore(id, last), "SIGNATURE_MISMATCH");
    }

    /** The sequence after the last head signed before this one, where a signature mismatch is first suspected. */
    private static long afterLastSignedBefore(String id, long sequence) {
        return sql().queryForObject("SELECT coalesce(max(sequence), -1) + 1 FROM signed_head "
                + "WHERE aggregate_id = ? AND sequence < ?", Long.class, id, sequence);
    }

    @Test
    void everyReportAndTheExportPrintTheHeadAndItsSignature() throws Exception {
        JsonNode check = integrity(MODALITIES);
        String head = check.get("head").asText();
        String signature = check.get("signature").asText();
        String document = "/api/documents/" + MODALITIES;

        for (String format : List.of("json", "csv", "md", "html")) {
            String report = new String(download(document + "/reports/timeline?format=" + format),
                    StandardCharsets.UTF_8);
            assertThat(report).as(format).contains(head).contains(signature);
        }
        String csv = new String(download(document + "/reports/timeline?format=csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("No.,Date,Step").contains("\r\n# Integrity: " + MODALITIES + ": ");
        try (PDDocument pdf = Loader.loadPDF(download(document + "/reports/timeline?format=pdf"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertThat(text).contains(head).contains(signature);
        }
        for (String report : List.of("participation", "silence", "audit-trail")) {
            JsonNode seal = ApiClient.JSON.readTree(download(document + "/reports/" + report + "?format=json"))
                    .get("integrity").get(0);
            assertThat(seal.get("document").asText()).isEqualTo(MODALITIES);
            assertThat(seal.get("verified").asBoolean()).isTrue();
            assertThat(seal.get("head").asText()).as(report).isEqualTo(head);
            assertThat(seal.get("signature").asText()).as(report).isEqualTo(signature);
        }
        JsonNode activity = ApiClient.JSON.readTree(download("/api/delegations/MEX/activity?format=json"));
        assertThat(activity.get("integrity").findValuesAsText("head")).contains(head);

        String akn = new String(download(document + "/export/akn"), StandardCharsets.UTF_8);
        assertThat(akn).contains("draftline:head=\"" + head + "\"").contains("draftline:signature=\"" + signature + "\"");
    }

    @Test
    void aReportOfATamperedRecordSaysSo() throws Exception {
        String id = "integrity-report-tampered";
        negotiate(id);
        long mexico = sequenceOf(id, "Mexico welcomes");
        sql().update("""
                UPDATE domainevententry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'welcomes', 'rejects'), 'UTF8')
                WHERE aggregateidentifier = ? AND sequencenumber = ?""", id, mexico);

        String report = new String(download("/api/documents/" + id + "/reports/audit-trail?format=md"),
                StandardCharsets.UTF_8);

        assertThat(report).contains("NOT VERIFIED, broken at sequence " + mexico + " (EDITED)");
    }

    @Test
    void aReportOrExportOfAnEditedAuditTrailIsNotSealedAsVerifiedAndNamesTheSequence() throws Exception {
        String id = "integrity-history-forged";
        long last = negotiate(id);
        long mexico = sequenceOf(id, "Mexico welcomes");
        assertThat(api().get("observer", "/api/documents/" + id + "/history?minSequence=" + last).status())
                .isEqualTo(200);

        int forged = sql().update("""
                UPDATE history_entry SET delegation = 'ECU', actor = 'ecuador',
                       summary = 'Ecuador submitted input on the zero draft'
                WHERE document_id = ? AND sequence = ?""", id, mexico);

        assertThat(forged).isEqualTo(1);
        JsonNode check = integrity(id);
        assertThat(check.get("verified").asBoolean()).as("the events themselves are untouched").isTrue();
        assertThat(check.get("readModels").get("agree").asBoolean()).as("%s", check).isFalse();
        assertThat(check.get("readModels").get("history").get("sequence").asLong()).isEqualTo(mexico);
        assertThat(check.get("readModels").get("inputs").get("agree").asBoolean()).isTrue();
        JsonNode seal = ApiClient.JSON.readTree(download("/api/documents/" + id + "/reports/audit-trail?format=json"))
                .get("integrity").get(0);
        assertThat(seal.get("verified").asBoolean()).as("%s", seal).isFalse();
        assertThat(seal.get("readModelDisagreesAt").asLong()).as("%s", seal).isEqualTo(mexico);
        assertThat(seal.get("signature").isNull()).isTrue();
        assertThat(seal.get("problem").asText()).startsWith("NOT VERIFIED, the read model disagrees with the event "
                + "store at sequence " + mexico + ":").contains("differs from its event in actor, delegation, summary");
        String csv = new String(download("/api/documents/" + id + "/reports/audit-trail?format=csv"),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("# Integrity: " + id + ": NOT VERIFIED, the read model disagrees with the event "
                + "store at sequence " + mexico);
        String akn = new String(download("/api/documents/" + id + "/export/akn"), StandardCharsets.UTF_8);
        assertThat(akn).contains("draftline:verified=\"false\"")
                .contains("draftline:firstBrokenSequence=\"" + mexico + "\"")
                .contains("draftline:reason=\"READ_MODEL_DISAGREES\"")
                .doesNotContain("draftline:signature=");
        String problem = "NOT VERIFIED, the read model disagrees with the event store at sequence " + mexico;
        for (String format : List.of("md", "html")) {
            assertThat(new String(download("/api/documents/" + id + "/reports/audit-trail?format=" + format),
                    StandardCharsets.UTF_8)).as(format).contains(problem);
        }
        try (PDDocument pdf = Loader.loadPDF(download("/api/documents/" + id + "/reports/audit-trail?format=pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", ""))
                    .contains(problem.replaceAll("\\s", ""));
        }
    }

    @Test
    void anInputRewrittenInItsReadModelIsReportedAtItsSequence() {
        String id = "integrity-input-forged";
        long last = negotiate(id);
        long mexico = sequenceOf(id, "Mexico welcomes");
        assertThat(api().get("observer", "/api/documents/" + id + "/inputs?minSequence=" + last).status())
                .isEqualTo(200);

        int forged = sql().update("UPDATE member_state_input SET comments = 'Mexico opposes OP1', delegation = 'ECU' "
                + "WHERE document_id = ? AND sequence = ?", id, mexico);

        assertThat(forged).isEqualTo(1);
        JsonNode check = integrity(id);
        assertThat(check.get("verified").asBoolean()).isTrue();
        JsonNode readModels = check.get("readModels");
        assertThat(readModels.get("agree").asBoolean()).as("%s", check).isFalse();
        assertThat(readModels.get("history").get("agree").asBoolean()).isTrue();
        assertThat(readModels.get("inputs").get("agree").asBoolean()).isFalse();
        assertThat(readModels.get("inputs").get("sequence").asLong()).isEqualTo(mexico);
        assertThat(readModels.get("inputs").get("detail").asText()).contains("delegation", "comments");
    }

    @Test
    void aReportOrExportOfAnAuditTrailMissingARowIsNotSealedAsVerified() throws Exception {
        String id = "integrity-history-deleted";
        long last = negotiate(id);
        long ecuador = sequenceOf(id, "Ecuador asks");
        assertThat(api().get("observer", "/api/documents/" + id + "/history?minSequence=" + last).status())
                .isEqualTo(200);

        sql().update("DELETE FROM history_entry WHERE document_id = ? AND sequence = ?", id, ecuador);

        JsonNode seal = ApiClient.JSON.readTree(download("/api/documents/" + id + "/reports/timeline?format=json"))
                .get("integrity").get(0);
        assertThat(seal.get("verified").asBoolean()).as("%s", seal).isFalse();
        assertThat(seal.get("readModelDisagreesAt").asLong()).as("%s", seal).isEqualTo(ecuador);
        assertThat(seal.get("problem").asText()).contains("has no entry for the InputSubmitted event");
    }

    @Test
    void anUntouchedAuditTrailStillSealsVerified() throws Exception {
        String id = "integrity-history-untouched";
        long last = negotiate(id);
        JsonNode check = integrity(id);
        String head = check.get("head").asText();
        assertThat(check.get("readModels").get("agree").asBoolean()).as("%s", check).isTrue();
        assertThat(check.get("readModels").get("inputs").get("agree").asBoolean()).isTrue();

        JsonNode seal = ApiClient.JSON.readTree(download("/api/documents/" + id
                + "/reports/audit-trail?format=json&minSequence=" + last)).get("integrity").get(0);
        assertThat(seal.get("verified").asBoolean()).as("%s", seal).isTrue();
        assertThat(seal.get("readModelDisagreesAt").isNull()).isTrue();
        assertThat(seal.get("head").asText()).isEqualTo(head);
        String akn = new String(download("/api/documents/" + id + "/export/akn?minSequence=" + last),
                StandardCharsets.UTF_8);
        assertThat(akn).contains("draftline:verified=\"true\"").contains("draftline:head=\"" + head + "\"")
                .doesNotContain("READ_MODEL_DISAGREES");
    }

    @Test
    void anUnknownDocumentHasNoIntegrity() {
        ApiClient.Answer answer = api().get("observer", "/api/documents/never-registered/integrity");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("UNKNOWN_DOCUMENT");
    }

    @Test
    void theKeyIsOwnerOnlyAndTheSameAfterARestart() throws Exception {
        Path keyFile = dataDir.resolve("integrity").resolve("head-signing-key.pem");
        String kid = api().get("observer", "/api/integrity/key").body().get("kid").asText();
        JsonNode before = integrity(MODALITIES);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(Files.readString(keyFile)).contains("-----BEGIN PRIVATE KEY-----");

        server.restart();

        assertThat(api().get("observer", "/api/integrity/key").body().get("kid").asText()).isEqualTo(kid);
        JsonNode after = integrity(MODALITIES);
        assertThat(after.get("verified").asBoolean()).isTrue();
        assertThat(after.get("signature").asText()).isEqualTo(before.get("signature").asText());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    private static byte[] download(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api().base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("observer:" + DraftlineServer.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
