package org.draftline.standalone;

import org.draftline.query.akn.AknSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.mandate;
import static org.draftline.standalone.SeedNegotiations.record;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * The Akoma Ntoso export of a declaration negotiated through the real server, from registration to adoption, read
 * as an outside system would: any {@code Accept}, or {@code application/xml} when it asks for plain XML.
 */
class AknExportTest {

    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final String ID = "akn-export-declaration";
    private static final String DOCUMENT = "/api/documents/" + ID;
    private static final String EXPORT = DOCUMENT + "/export/akn";
    private static final String TITLE = "Political declaration on prevention & protection: trafficking in persons";

    private static final String ZERO_DRAFT = """
            We, the Heads of State and Government and representatives of States, gathered at United Nations Headquarters in New York on 27 and 28 September 2017,

            1. Reaffirm our commitment to prevent and combat trafficking in persons;

            2. Recognize the central role of the Global Plan of Action;
            """;

    private static final String REVISED_DRAFT = """
            We, the Heads of State and Government and representatives of States, gathered at United Nations Headquarters in New York on 27 and 28 September 2017,

            1. Reaffirm our strong commitment to prevent & combat trafficking in persons and to protect its victims;

            2. Recognize the central role of the Global Plan of Action;

            3. Commit to strengthening international cooperation;
            """;

    private static ApiClient api;
    private static long lastSequence;

    @BeforeAll
    static void negotiateToAdoption() {
        api = SharedServer.client();
        act(api, "secretariat", "/api/documents", body("id", ID, "title", TITLE, "kind", "DECLARATION",
                "body", "General Assembly", "session", "71", "mandate", "GA resolution 71/287",
                "occurredAt", "2017-05-01T10:00:00-04:00"));
        act(api, "secretariat", DOCUMENT + "/co-facilitators", body("coFacilitators", List.of(
                        body("delegation", "BEL", "representative", "Marc Pecsteen de Buytswerve"),
                        body("delegation", "QAT")),
                "letter", "Appointment of co-facilitators", "occurredAt", "2017-05-05T10:00:00-04:00"));
        record(api, "belgium", DOCUMENT + "/zero-draft", body("text", ZERO_DRAFT,
                "occurredAt", "2017-07-03T12:00:00-04:00"));
        mandate(api, "G77", "ECU", "2017-01-01", "2017-12-31");
        record(api, "ecuador", DOCUMENT + "/inputs", body("onDraft", "zero", "onBehalfOf", "G77",
                "comments", "On behalf of the Group of 77 and China.",
                "proposals", List.of(body("paragraph", "OP1", "action", "AMEND", "text",
                        "Reaffirm our commitment to prevent & combat trafficking in persons;")),
                "occurredAt", "2017-07-10T11:00:00-04:00"));
        record(api, "qatar", DOCUMENT + "/revised-drafts", body("text", REVISED_DRAFT,
                "occurredAt", "2017-08-01T12:00:00-04:00"));
        record(api, "belgium", DOCUMENT + "/silence-procedure", body("deadline", "2017-08-29T18:00[America/New_York]",
                "occurredAt", "2017-08-25T12:00:00-04:00"));
        record(api, "belgium", DOCUMENT + "/final-draft", body("text", REVISED_DRAFT,
                "occurredAt", "2017-08-31T12:00:00-04:00"));
        record(api, "belgium", DOCUMENT + "/consensus", body("note", "Consensus on the political declaration",
                "occurredAt", "2017-09-05T12:00:00-04:00"));
        lastSequence = act(api, "secretariat", DOCUMENT + "/adoption", body("symbol", "A/RES/72/1",
                "adoptedOn", "2017-09-27", "method", "WITHOUT_A_VOTE", "draftSymbol", "A/72/L.1",
                "occurredAt", "2017-09-27T15:00:00-04:00"));
    }

    @Test
    void theExportIsValidAkomaNtosoWithTheWholeRecord() {
        HttpResponse<byte[]> export = get(EXPORT + "?minSequence=" + lastSequence, null);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValue("application/akn+xml;charset=UTF-8");
        Document document = parse(export.body());
        assertThat(elements(document, "statement")).singleElement()
                .satisfies(statement -> assertThat(statement.getAttribute("name")).isEqualTo("declaration"));
        long historyEntries = api.get("observer", DOCUMENT + "/history?size=500").body().get("totalEntries").asLong();
        List<Element> steps = elements(document, "step");
        assertThat(steps).hasSize((int) historyEntries);
        assertThat(steps).extracting(step -> step.getAttribute("by")).contains("#generalAssemblySecretariat", "#bel", "#qat", "#ecu");
        assertThat(elements(document, "eventRef")).extracting(event -> event.getAttribute("date"))
                .containsExactly("2017-07-03", "2017-08-01", "2017-08-31");
        assertThat(elements(document, "TLCOrganization")).extracting(organization -> organization.getAttribute("showAs"))
                .contains("Belgium", "Qatar", "Ecuador", "Group of 77 and China");
        assertThat(elements(document, "TLCPerson")).extracting(person -> person.getAttribute("showAs"))
                .containsExactly("Marc Pecsteen de Buytswerve");
        assertThat(elements(document, "TLCConcept")).extracting(concept -> concept.getAttribute("showAs"))
                .contains("Silence passed", "A/RES/72/1");
        assertThat(elements(document, "docTitle")).singleElement()
                .satisfies(title -> assertThat(title.getTextContent()).isEqualTo(TITLE));
        assertThat(elements(document, "num")).extracting(Element::getTextContent).containsExactly("OP1", "OP2", "OP3");
        assertThat(new String(export.body(), StandardCharsets.UTF_8))
                .contains("prevent &amp; combat trafficking", "prevention &amp; protection");
        AknSchema.assertValid(export.body());
    }

    @Test
    void theSameRecordIsExportedByteForByteAndAsPlainXmlOnRequest() {
        byte[] first = get(EXPORT + "?minSequence=" + lastSequence, "application/akn+xml").body();
        HttpResponse<byte[]> plain = get(EXPORT, "application/xml");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
        assertThat(plain.body()).isEqualTo(first);
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        for (String accept : new String[]{null, "application/akn+xml"}) {
            HttpResponse<byte[]> missing = get("/api/documents/akn-export-never-registered/export/akn", accept);

            assertThat(missing.statusCode()).as("Accept: %s", accept).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("\"code\":\"UNKNOWN_DOCUMENT\"");
        }
    }

    /** The export is not JSON, so it is fetched with the Accept header an XML client sends, or none. */
    private static HttpResponse<byte[]> get(String path, String accept) {
        String credentials = "observer:" + DraftlineServer.PASSWORD;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path)).GET()
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("the export is not well-formed XML", e);
        }
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(AKN, name);
        List<Element> elements = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            elements.add((Element) nodes.item(index));
        }
        return elements;
    }
}
