package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Two readings of a revised draft bracket and agree its paragraphs, held by named delegations; the negotiating
 * text reads them back in every format with its counts, and the next version keeps the status of the paragraphs
 * whose wording it did not change.
 */
class ReadingsOverHttpTest {

    private static final String ID = "readings-resolution";
    private static final String DOCUMENT = "/api/documents/" + ID;
    private static final String OP2_TEXT = "Decides also that the high-level meeting shall consist of an opening "
            + "segment and plenary meetings;";

    private static Map<String, Object> bracketed(String paragraph, Object... alternatives) {
        return body("paragraph", paragraph, "status", "BRACKETED", "alternatives", List.of(alternatives));
    }

    private static Map<String, Object> alternative(String text, String... supportedBy) {
        return body("text", text, "supportedBy", List.of(supportedBy));
    }

    private static Map<String, Object> status(String paragraph, String status) {
        return body("paragraph", paragraph, "status", status);
    }

    private static Map<String, Object> reading(Object... paragraphs) {
        return body("paragraphs", List.of(paragraphs));
    }

    @Test
    void twoReadingsBracketAndAgreeParagraphsAndTheNextVersionKeepsWhatDidNotChange() throws IOException {
        ApiClient api = SharedServer.client();
        act(api, "secretariat", "/api/documents", body("id", ID, "title", "Modalities of the readings meeting",
                "kind", "RESOLUTION", "body", "General Assembly", "session", "81"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
        act(api, "belgium", DOCUMENT + "/zero-draft", body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT));
        act(api, "qatar", DOCUMENT + "/revised-drafts", body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT));
        String rev1 = DOCUMENT + "/drafts/rev1";

        act(api, "belgium", rev1 + "/paragraph-status", reading(status("PP1", "AGREED_AD_REF"),
                status("PP2", "AGREED_AD_REF"),
                bracketed("OP1", alternative("Decides to convene a high-level meeting in 2017;", "MEX", "G77"),
                        alternative("Decides to convene a one-day high-level meeting;", "EU")),
                bracketed("OP2", alternative("Decides also that the meeting shall consist of plenary meetings;",
                        "MEX"))));
        long second = act(api, "qatar", rev1 + "/paragraph-status", reading(status("OP1", "AGREED_AD_REF")));

        JsonNode text = api.get("mexico", rev1 + "/negotiating-text?minSequence=" + second).body();
        assertThat(text.findValuesAsText("paragraph")).containsExactly("PP1", "PP2", "OP1", "OP2", "OP3");
        assertThat(text.path("paragraphs").findValuesAsText("status")).containsExactly("AGREED_AD_REF",
                "AGREED_AD_REF", "AGREED_AD_REF", "BRACKETED", "PENDING");
        JsonNode op2 = text.path("paragraphs").get(3);
        assertThat(op2.path("text").asText()).isEqualTo(OP2_TEXT);
        assertThat(op2.at("/alternatives/0/supportedBy").toString()).isEqualTo("[\"MEX\"]");
        assertThat(text.at("/summary/agreedAdRef").asInt()).isEqualTo(3);
        assertThat(text.at("/summary/bracketed").asInt()).isEqualTo(1);
        assertThat(text.at("/summary/pending").asInt()).isEqualTo(1);
        assertThat(text.at("/summary/total").asInt()).isEqualTo(5);
        assertThat(api.get("observer", DOCUMENT).body().at("/readings/text").asText())
                .isEqualTo("3 of 5 paragraphs agreed ad ref, 1 bracketed, 1 pending");
        assertThat(api.get("observer", DOCUMENT + "/reports/timeline?format=csv", "text/csv").raw().body())
                .contains("Reading of Rev.1: OP1 agreed ad ref (3 of 5 paragraphs agreed ad ref, 1 bracketed, 1 "
                        + "pending)");
        assertThat(api.get("observer", DOCUMENT + "/reports/participation?format=csv", "text/csv").raw().body())
                .containsPattern(",Brackets held\\r?\\n")
                .containsPattern("\"Rev.1\",\"MEX\",\"Mexico\",[^\\n]*,\"1\"\\r?\\n")
                .doesNotContain("\"Rev.1\",\"G77\"");

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(download(rev1
                + "/negotiating-text?format=docx")))) {
            List<String> lines = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(lines).contains("OP2\t[" + OP2_TEXT + "] (bracketed)",
                    "Alt. 1 [Decides also that the meeting shall consist of plenary meetings;] (Mexico)",
                    "OP3\tRequests the President of the General Assembly to organize an informal interactive hearing;");
            assertThat(lines).anyMatch(line -> line.startsWith("OP1\tDecides to convene") && line.endsWith(
                    "(agreed ad ref)"));
        }
        try (PDDocument pdf = Loader.loadPDF(download(rev1 + "/negotiating-text?format=pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("3 of 5 paragraphs agreed ad ref").contains("[" + OP2_TEXT + "]");
        }
        assertThat(new String(download(rev1 + "/negotiating-text?format=html"), StandardCharsets.UTF_8))
                .contains("class=\"paragraph bracketed\"");

        act(api, "belgium", DOCUMENT + "/revised-drafts", body("text", SeedNegotiations.MODALITIES_REVISED_DRAFT));
        JsonNode rev2 = api.get("mexico", DOCUMENT + "/drafts/rev2/negotiating-text").body();
        assertThat(rev2.path("paragraphs").findValuesAsText("status")).containsExactly("AGREED_AD_REF",
                "AGREED_AD_REF", "AGREED_AD_REF", "PENDING", "PENDING");
        assertThat(rev2.at("/paragraphs/2/carriedFrom").asText()).isEqualTo("rev1:OP1");
        assertThat(api.get("observer", DOCUMENT).body().at("/readings/text").asText())
                .isEqualTo("3 of 5 paragraphs agreed ad ref, 2 pending");
    }

    @Test
    void aReadingThatBreaksARuleRecordsNothingAndSaysWhy() {
        ApiClient api = SharedServer.client();
        String id = "readings-refused";
        String document = "/api/documents/" + id;
        act(api, "secretariat", "/api/documents", body("id", id, "title", "Refused readings", "kind", "RESOLUTION",
                "body", "General Assembly"));
        act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL"))));
        act(api, "belgium", document + "/zero-draft", body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT));
        long sequence = act(api, "belgium", document + "/revised-drafts",
                body("text", SeedNegotiations.MODALITIES_REVISED_DRAFT));

        assertRefused(api.post("mexico", document + "/drafts/rev1/paragraph-status",
                reading(status("OP1", "AGREED_AD_REF"))), 403, "NOT_A_CO_FACILITATOR", null);
        assertRefused(api.post("belgium", document + "/drafts/rev1/paragraph-status",
                reading(status("OP9", "AGREED_AD_REF"))), 400, "UNKNOWN_PARAGRAPH", "OP9");
        assertRefused(api.post("belgium", document + "/drafts/zero/paragraph-status",
                reading(status("OP1", "AGREED_AD_REF"))), 409, "DRAFT_SUPERSEDED", null);
        assertRefused(api.post("belgium", document + "/drafts/rev1/paragraph-status",
                reading(body("paragraph", "OP1", "status", "BRACKETED"))), 400, null, "paragraphs[0].alternatives");
        assertRefused(api.post("belgium", document + "/drafts/rev1/paragraph-status",
                reading(bracketed("OP1", alternative("Decides;", "XXX")))), 400, null,
                "paragraphs[0].alternatives[0].supportedBy");
        assertRefused(api.post("belgium", document + "/drafts/rev1/paragraph-status",
                reading(status("OP1", "PENDING"))), 409, "PARAGRAPH_STATUS_UNCHANGED", null);
        assertRefused(api.get("mexico", document + "/drafts/rev7/negotiating-text"), 404, "UNKNOWN_DRAFT", null);
        assertThat(api.get("secretariat", document).body().path("sequence").asLong()).isEqualTo(sequence);
    }

    private static void assertRefused(ApiClient.Answer answer, int status, String code, String detail) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        if (code != null) {
            assertThat(answer.code()).isEqualTo(code);
        }
        if (detail != null) {
            assertThat(answer.body().path("detail").asText()).contains(detail);
        }
    }

    private static byte[] download(String path) {
        ApiClient api = SharedServer.client();
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("mexico:" + DraftlineServer.PASSWORD)
                .getBytes(StandardCharsets.UTF_8))).build();
        try {
            HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as("%s: %s", path, new String(answer.body(), StandardCharsets.UTF_8))
                    .isEqualTo(200);
            return answer.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
