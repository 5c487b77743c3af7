package org.draftline.query.akn;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.Visibility;
import org.draftline.api.document.Stage;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftSummary;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.integrity.IntegrityCheck;
import org.draftline.api.integrity.SignedHead;
import org.draftline.api.status.AdoptionView;
import org.draftline.api.status.DocumentStatus;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.query.akn.AknDocument.AKN_NAMESPACE;
import static org.draftline.query.akn.AknDocument.DRAFTLINE_NAMESPACE;

/**
 * The export of a modalities resolution negotiated from registration to adoption: co-facilitators appointed (one
 * representative named), a zero draft, input from Ecuador for the Group of 77, a revision, silence that passed,
 * the final draft, consensus and adoption. The records are built by hand, as the read models would answer them.
 */
class AknDocumentTest {

    private static final String ID = "modalities-hlm-2017";
    private static final String TITLE = "Modalities, format & organization of the high-level meeting on the appraisal"
            + " of the Global Plan of Action to Combat Trafficking in Persons";
    private static final Delegation BELGIUM = Delegation.of("BEL");
    private static final Delegation QATAR = Delegation.of("QAT");
    private static final Delegation ECUADOR = Delegation.of("ECU");
    private static final Delegation G77 = Delegation.of("G77");
    private static final String REPRESENTATIVE = "Marc Pecsteen de Buytswerve";

    private static final String ZERO_DRAFT = """
            # Modalities, format & organization of the high-level meeting

            The General Assembly,

            *Recalling* its resolution 64/293 of 30 July 2010, by which it adopted the Global Plan of Action,

            1. Decides to convene a high-level meeting of the General Assembly to appraise the Global Plan of Action;

            2. Decides also that the high-level meeting shall consist of an opening segment and plenary meetings;
            """;

    private static final String REVISED_DRAFT = """
            # Modalities, format & organization of the high-level meeting

            The General Assembly,

            *Recalling* its resolution 64/293 of 30 July 2010, by which it adopted the Global Plan of Action,

            *Reaffirming* its commitment to prevent and combat trafficking in persons,

            1. Decides to convene a high-level meeting of the General Assembly to appraise the Global Plan of Action;

            2. Decides also that the high-level meeting shall consist of an opening segment, plenary meetings and two interactive panel discussions;

            3. Requests the President of the General Assembly to organize an informal interactive multi-stakeholder hearing;
            """;

    private static final String FINAL_DRAFT = """
            # Modalities, format & organization of the high-level meeting on the "appraisal" <2017>

            The General Assembly,

            *Recalling* its resolution 64/293 of 30 July 2010, by which it adopted the Global Plan of Action,

            *Reaffirming* its commitment to prevent & combat trafficking in persons,

            1. Decides to convene a high-level meeting of the General Assembly to appraise the Global Plan of Action;

            2. Decides also that the high-level meeting shall consist of:

               (a) An opening segment;

               (b) Two interactive panel discussions, on "prevention" & "protection";

            3. Requests the President of the General Assembly to organize an informal interactive multi-stakeholder hearing;
            """;

    private static final List<DraftSummary> DRAFTS = List.of(
            new DraftSummary(DraftLabel.ZERO, "Zero draft", at("2017-02-01T17:00:00Z"), 3),
            new DraftSummary(DraftLabel.revision(1), "Rev.1", at("2017-03-01T17:00:00Z"), 5),
            new DraftSummary(DraftLabel.finalDraft(1), "Final draft", at("2017-03-20T16:00:00Z"), 7));

    private static final List<HistoryEntry> HISTORY = List.of(
            secretariat(0, "DocumentRegistered", "2017-01-09T15:00:00Z",
                    "Registered \"" + TITLE + "\" under GA resolution 70/179",
                    fields("title", TITLE, "kind", "RESOLUTION", "body", "General Assembly", "session", "71",
                            "mandate", "GA resolution 70/179")),
            secretariat(1, "CoFacilitatorsAppointed", "2017-01-12T15:00:00Z",
                    "Appointed co-facilitators: Belgium (" + REPRESENTATIVE + ") and Qatar",
                    fields("coFacilitators", List.of(fields("delegation", "BEL", "representative", REPRESENTATIVE),
                            fields("delegation", "QAT", "representative", null)),
                            "letter", "Letter of the President of the General Assembly")),
            delegate(2, "ZeroDraftCirculated", "2017-02-01T17:00:00Z", BELGIUM, null,
                    "Belgium circulated the zero draft", fields("label", "zero", "text", ZERO_DRAFT)),
            delegate(3, "InputWindowOpened", "2017-02-01T17:00:00Z", BELGIUM, null,
                    "Input on Zero draft invited until 10 February 2017, 18:00 (America/New_York)",
                    fields("onDraft", "zero", "deadline", fields("at", "2017-02-10T23:00:00Z",
                            "zone", "America/New_York"))),
            delegate(4, "InputSubmitted", "2017-02-09T16:00:00Z", ECUADOR, G77,
                    "Ecuador on behalf of Group of 77 and China submitted input on Zero draft with 1 proposal",
                    fields("onDraft", "zero", "delegation", "ECU", "onBehalfOf", "G77",
                            "comments", "On behalf of the Group of 77 and China.",
                            "proposals", List.of(fields("paragraph", "OP3", "action", "INSERT_AFTER",
                                    "text", "Requests the President to organize a hearing;")))),
            system(5, "InputWindowClosed", "2017-02-10T23:00:00Z", "Input on Zero draft closed",
                    fields("onDraft", "zero")),
            delegate(6, "RevisedDraftCirculated", "2017-03-01T17:00:00Z", QATAR, null,
                    "Qatar circulated Rev.1", fields("label", "rev1", "revision", 1, "text", REVISED_DRAFT)),
            delegate(7, "SilenceStarted", "2017-03-10T17:00:00Z", BELGIUM, null,
                    "Silence procedure 1 started on Rev.1 until 14 March 2017, 18:00 (America/New_York)",
                    fields("procedure", 1, "onDraft", "rev1",
                            "deadline", fields("at", "2017-03-14T22:00:00Z", "zone", "America/New_York"))),
            system(8, "SilenceConcluded", "2017-03-14T22:00:00Z",
                    "Silence procedure 1 passed: nobody broke silence",
                    fields("procedure", 1, "outcome", "PASSED", "brokenBy", List.of())),
            delegate(9, "FinalDraftCirculated", "2017-03-20T16:00:00Z", BELGIUM, null,
                    "Belgium circulated the final draft", fields("label", "final", "text", FINAL_DRAFT)),
            delegate(10, "ConsensusDeclared", "2017-03-24T16:00:00Z", BELGIUM, null,
                    "Belgium declared consensus on Final draft",
                    fields("onDraft", "final", "note", "Consensus on the draft modalities resolution")),
            secretariat(11, "DocumentAdopted", "2017-04-28T19:00:00Z",
                    "Adopted as A/RES/71/287 on 2017-04-28 without a vote",
                    fields("symbol", "A/RES/71/287", "adoptedOn", "2017-04-28", "method", "WITHOUT_A_VOTE",
                            "votes", null, "draftSymbol", "A/71/L.65", "text", "final")));

    private static final DocumentStatus ADOPTED = new DocumentStatus(DocumentId.of(ID), TITLE,
            DocumentKind.RESOLUTION, "General Assembly", "71", "GA resolution 70/179", Stage.ADOPTED,
            DraftLabel.finalDraft(1), "Final draft", null,
            List.of(new CoFacilitator(BELGIUM, REPRESENTATIVE), new CoFacilitator(QATAR, null)), null, null,
            new AdoptionView("A/RES/71/287", LocalDate.of(2017, 4, 28), AdoptionMethod.WITHOUT_A_VOTE, null,
                    "A/71/L.65", DraftLabel.finalDraft(1), at("2026-11-29T12:00:11Z")),
            null, at("2017-01-09T15:00:00Z"), at("2017-04-28T19:00:00Z"), 11, Visibility.PUBLIC);

    private static final DraftVersion FINAL_TEXT = version(DRAFTS.get(2), FINAL_DRAFT);

    @Test
    void theExportIsValidAkomaNtoso() {
        AknSchema.assertValid(render());
    }

    @Test
    void aDocumentWithoutADraftIsAnEmptyButValidStatement() {
        DocumentStatus registered = new DocumentStatus(DocumentId.of(ID), TITLE, DocumentKind.DECLARATION,
                "General Assembly", null, null, Stage.REGISTERED, null, null, null, List.of(), null, null, null, null,
                at("2017-01-09T15:00:00Z"), at("2017-01-09T15:00:00Z"), 0, Visibility.PUBLIC);
        byte[] xml = AknDocument.render(registered, HISTORY.subList(0, 1), List.of(), null);

        Document export = parse(xml);
        Element statement = only(export, "statement");
        assertThat(statement.getAttribute("name")).isEqualTo("declaration");
        assertThat(elements(export, "lifecycle")).isEmpty();
        assertThat(elements(export, "preamble")).isEmpty();
        assertThat(children(only(export, "mainBody"))).extracting(Element::getLocalName).containsExactly("p");
        assertThat(only(export, "docTitle").getTextContent()).isEqualTo(TITLE);
        assertThat(only(only(export, "FRBRExpression"), "FRBRuri").getAttribute("value"))
                .isEqualTo("/akn/un/statement/declaration/2017-01-09/" + ID + "/eng@");
        AknSchema.assertValid(xml);
    }

    @Test
    void theHeadOfTheRecordAndItsSignatureAreInTheMetadataAndStillValid() {
        String head = "sha256:" + "0f".repeat(32);
        IntegrityCheck check = new IntegrityCheck(ID, true, 12, head, "ed25519:c2lnbmF0dXJl",
                new SignedHead(ID, 11, head, "2026-11-30T20:00:00.123Z", "kid", "ed25519:c2lnbmF0dXJl"), null, null,
                null);
        byte[] xml = AknDocument.render(ADOPTED, HISTORY, DRAFTS, FINAL_TEXT, check);

        Element proprietary = only(parse(xml), "proprietary");
        Element integrity = (Element) proprietary.getElementsByTagNameNS(AknDocument.DRAFTLINE_NAMESPACE, "integrity")
                .item(0);
        assertThat(proprietary.getAttribute("source")).isEqualTo("#draftline");
        assertThat(integrity.getAttributeNS(AknDocument.DRAFTLINE_NAMESPACE, "head")).isEqualTo(head);
        assertThat(integrity.getAttributeNS(AknDocument.DRAFTLINE_NAMESPACE, "events")).isEqualTo("12");
        assertThat(integrity.getAttributeNS(AknDocument.DRAFTLINE_NAMESPACE, "signature"))
                .isEqualTo("ed25519:c2lnbmF0dXJl");
        assertThat(integrity.getAttributeNS(AknDocument.DRAFTLINE_NAMESPACE, "keyId")).isEqualTo("kid");
        AknSchema.assertValid(xml);
    }

    @Test
    void theSameRecordGivesTheSameBytes() {
        byte[] first = render();
        byte[] second = AknDocument.render(ADOPTED, new ArrayList<>(HISTORY), new ArrayList<>(DRAFTS),
                version(DRAFTS.get(2), FINAL_DRAFT));

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).startsWith(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso");
    }

    @Test
    void everyActOnTheRecordIsAWorkflowStepDatedWhenItHappened() {
        Document export = parse(render());
        List<Element> steps = elements(export, "step");

        assertThat(steps).hasSize(HISTORY.size());
        assertThat(steps).extracting(step -> step.getAttribute("date")).containsExactly("2017-01-09", "2017-01-12",
                "2017-02-01", "2017-02-01", "2017-02-09", "2017-02-10", "2017-03-01", "2017-03-10", "2017-03-14",
                "2017-03-20", "2017-03-24", "2017-04-28");
        assertThat(steps).extracting(step -> step.getAttributeNS(DRAFTLINE_NAMESPACE, "type"))
                .containsExactlyElementsOf(HISTORY.stream().map(HistoryEntry::type).toList());

        Element registration = steps.get(0);
        assertThat(registration.getAttribute("by")).isEqualTo("#generalAssemblySecretariat");
        assertThat(registration.getAttribute("as")).isEqualTo("#secretariat");
        Element zeroDraft = steps.get(2);
        assertThat(zeroDraft.getAttribute("by")).isEqualTo("#bel");
        assertThat(zeroDraft.getAttribute("as")).isEqualTo("#coFacilitator");
        assertThat(zeroDraft.getAttribute("href")).isEqualTo("/akn/un/statement/resolution/2017-01-09/" + ID + "/eng@zero");
        Element groupInput = steps.get(4);
        assertThat(groupInput.getAttribute("by")).isEqualTo("#ecu");
        assertThat(groupInput.getAttribute("as")).isEqualTo("#delegate");
        assertThat(groupInput.getAttributeNS(DRAFTLINE_NAMESPACE, "onBehalfOf")).isEqualTo("#g77");
        assertThat(groupInput.getTextContent()).contains("Ecuador on behalf of Group of 77 and China");
        Element windowClosed = steps.get(5);
        assertThat(windowClosed.getAttribute("by")).isEqualTo("#draftline");
        assertThat(windowClosed.getAttribute("as")).isEqualTo("#timekeeper");
        assertThat(windowClosed.getAttributeNS(DRAFTLINE_NAMESPACE, "occurredAt")).isEqualTo("2017-02-10T23:00:00Z");
    }

    @Test
    void silenceAndAdoptionNameTheirOutcome() {
        Document export = parse(render());
        List<Element> steps = elements(export, "step");
        Map<String, Element> references = referencesByEId(export);

        Element silence = references.get(steps.get(8).getAttribute("outcome").substring(1));
        assertThat(silence.getLocalName()).isEqualTo("TLCConcept");
        assertThat(silence.getAttribute("shortForm")).isEqualTo("PASSED");
        Element adoption = references.get(steps.get(11).getAttribute("outcome").substring(1));
        assertThat(adoption.getLocalName()).isEqualTo("TLCConcept");
        assertThat(adoption.getAttribute("showAs")).isEqualTo("A/RES/71/287");
        assertThat(elements(only(export, "FRBRWork"), "FRBRalias")).extracting(alias -> alias.getAttribute("value"))
                .containsExactly("A/RES/71/287", "A/71/L.65");
        assertThat(only(export, "docNumber").getTextContent()).isEqualTo("A/RES/71/287");
        assertThat(steps).filteredOn(step -> step.hasAttribute("outcome")).hasSize(2);
    }

    @Test
    void eachCirculatedDraftIsALifecycleEvent() {
        List<Element> events = elements(parse(render()), "eventRef");

        assertThat(events).extracting(event -> event.getAttribute("date"))
                .containsExactly("2017-02-01", "2017-03-01", "2017-03-20");
        assertThat(events).extracting(event -> event.getAttribute("source")).containsExactly("#bel", "#qat", "#bel");
        assertThat(events).extracting(event -> event.getAttribute("type"))
                .containsExactly("generation", "amendment", "amendment");
        assertThat(events).extracting(event -> event.getAttributeNS(DRAFTLINE_NAMESPACE, "version"))
                .containsExactly("Zero draft", "Rev.1", "Final draft");
    }

    @Test
    void delegationsPeopleAndRolesAreListedUnderTheirUnNames() {
        Map<String, Element> references = referencesByEId(parse(render()));

        assertThat(references.get("bel").getLocalName()).isEqualTo("TLCOrganization");
        assertThat(references.get("bel").getAttribute("showAs")).isEqualTo("Belgium");
        assertThat(references.get("bel").getAttribute("shortForm")).isEqualTo("BEL");
        assertThat(references.get("g77").getAttribute("showAs")).isEqualTo("Group of 77 and China");
        assertThat(references.get("generalAssembly").getAttribute("showAs")).isEqualTo("General Assembly");
        assertThat(references.values()).filteredOn(reference -> reference.getLocalName().equals("TLCOrganization"))
                .extracting(reference -> reference.getAttribute("eId"))
                .contains("bel", "qat", "ecu", "g77");
        assertThat(references.values()).filteredOn(reference -> reference.getLocalName().equals("TLCPerson"))
                .extracting(reference -> reference.getAttribute("showAs")).containsExactly(REPRESENTATIVE);
        assertThat(references.values()).filteredOn(reference -> reference.getLocalName().equals("TLCRole"))
                .extracting(reference -> reference.getAttribute("eId"))
                .containsExactly("secretariat", "coFacilitator", "delegate", "timekeeper");
    }

    @Test
    void everyPointerInTheMetadataLeadsToAReference() {
        Document export = parse(render());
        Set<String> eIds = referencesByEId(export).keySet();
        List<String> pointers = new ArrayList<>();
        for (Element element : elements(only(export, "meta"), "*")) {
            for (String attribute : List.of("by", "as", "outcome", "source", "refersTo")) {
                pointers.addAll(Arrays.asList(element.getAttribute(attribute).split(" ")));
            }
            if (element.getLocalName().equals("FRBRauthor")) {
                pointers.add(element.getAttribute("href"));
            }
            pointers.add(element.getAttributeNS(DRAFTLINE_NAMESPACE, "onBehalfOf"));
        }
        pointers.removeIf(String::isEmpty);

        assertThat(pointers).isNotEmpty().allSatisfy(pointer -> {
            assertThat(pointer).startsWith("#");
            assertThat(eIds).contains(pointer.substring(1));
        });
    }

    @Test
    void theBodyIsTheCurrentTextWithItsLabels() {
        Document export = parse(render());

        assertThat(only(export, "docTitle").getTextContent())
                .isEqualTo("Modalities, format & organization of the high-level meeting on the \"appraisal\" <2017>");
        assertThat(only(export, "docStatus").getTextContent()).isEqualTo("Final draft");
        assertThat(only(only(export, "formula"), "p").getTextContent()).isEqualTo("The General Assembly,");
        assertThat(elements(export, "recital")).extracting(recital -> recital.getAttribute("eId"))
                .containsExactly("rec_1", "rec_2");
        assertThat(only(elements(export, "recital").get(1), "p").getTextContent())
                .isEqualTo("Reaffirming its commitment to prevent & combat trafficking in persons,");
        assertThat(elements(export, "paragraph")).extracting(paragraph -> paragraph.getAttribute("eId"))
                .containsExactly("para_1", "para_2", "para_3");
        assertThat(elements(export, "subparagraph")).extracting(sub -> sub.getAttribute("eId"))
                .containsExactly("para_2__subpara_a", "para_2__subpara_b");
        assertThat(elements(export, "num")).extracting(Element::getTextContent)
                .containsExactly("PP1", "PP2", "OP1", "OP2", "OP2(a)", "OP2(b)", "OP3");
        assertThat(only(elements(export, "subparagraph").get(1), "p").getTextContent())
                .isEqualTo("Two interactive panel discussions, on \"prevention\" & \"protection\";");
        assertThat(only(only(export, "FRBRExpression"), "FRBRversionNumber").getAttribute("value")).isEqualTo("final");
    }

    @Test
    void markupCharactersInTitlesAndTextAreEscaped() {
        String xml = new String(render(), StandardCharsets.UTF_8);

        assertThat(xml).contains("<docTitle>Modalities, format &amp; organization of the high-level meeting on the"
                + " \"appraisal\" &lt;2017&gt;</docTitle>");
        assertThat(xml).contains("<FRBRname value=\"Modalities, format &amp; organization");
        assertThat(xml).doesNotContain("format & organization", "<2017>");
    }

    @Test
    void charactersXmlCannotCarryAreReplacedRatherThanBreakingTheExport() {
        List<HistoryEntry> history = new ArrayList<>(HISTORY.subList(0, 1));
        history.add(delegate(1, "SilenceBroken", "2017-01-10T15:00:00Z", ECUADOR, null,
                "Ecuador broke silence: see annex\u0001\uD800", fields("reason", "see annex\u0001\uD800")));
        byte[] xml = AknDocument.render(ADOPTED, history, List.of(), null);

        assertThat(elements(parse(xml), "step").get(1).getTextContent()).contains("see annex\uFFFD\uFFFD");
        AknSchema.assertValid(xml);
    }

    private static byte[] render() {
        return AknDocument.render(ADOPTED, HISTORY, DRAFTS, FINAL_TEXT);
    }

    private static DraftVersion version(DraftSummary summary, String text) {
        DraftText draft = DraftText.parse(text);
        return new DraftVersion(summary.label(), summary.name(), summary.circulatedAt(), draft.title(),
                draft.chapeau(), draft.paragraphs(), text);
    }

    private static HistoryEntry secretariat(long sequence, String type, String occurredAt, String summary,
                                            Map<String, Object> details) {
        return entry(sequence, type, occurredAt, "secretariat", "SECRETARIAT", null, null, summary, details);
    }

    private static HistoryEntry delegate(long sequence, String type, String occurredAt, Delegation delegation,
                                         Delegation onBehalfOf, String summary, Map<String, Object> details) {
        return entry(sequence, type, occurredAt, delegation.code().toLowerCase(), "DELEGATE", delegation, onBehalfOf,
                summary, details);
    }

    private static HistoryEntry system(long sequence, String type, String occurredAt, String summary,
                                       Map<String, Object> details) {
        return entry(sequence, type, occurredAt, "draftline", "SYSTEM", null, null, summary, details);
    }

    /** Recorded a while after the fact, as a secretariat loading a past negotiation would. */
    private static HistoryEntry entry(long sequence, String type, String occurredAt, String actor, String role,
                                      Delegation delegation, Delegation onBehalfOf, String summary,
                                      Map<String, Object> details) {
        return new HistoryEntry(sequence, type, at(occurredAt), at("2026-11-29T12:00:00Z").plusSeconds(sequence),
                actor, role, delegation, onBehalfOf, summary, details, null, null);
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            fields.put((String) namesAndValues[index], namesAndValues[index + 1]);
        }
        return fields;
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("the export is not well-formed XML", e);
        }
    }

    private static List<Element> elements(Document document, String name) {
        return list(document.getElementsByTagNameNS(AKN_NAMESPACE, name));
    }

    private static List<Element> elements(Element within, String name) {
        return list(within.getElementsByTagNameNS(AKN_NAMESPACE, name));
    }

    private static Element only(Document document, String name) {
        assertThat(elements(document, name)).as("<%s> elements", name).hasSize(1);
        return elements(document, name).get(0);
    }

    private static Element only(Element within, String name) {
        assertThat(elements(within, name)).as("<%s> elements", name).hasSize(1);
        return elements(within, name).get(0);
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (int index = 0; index < parent.getChildNodes().getLength(); index++) {
            if (parent.getChildNodes().item(index) instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    private static Map<String, Element> referencesByEId(Document document) {
        return children(only(document, "references")).stream()
                .collect(Collectors.toMap(reference -> reference.getAttribute("eId"), reference -> reference,
                        (first, second) -> {
                            throw new AssertionError("eId used twice: " + first.getAttribute("eId"));
                        }, LinkedHashMap::new));
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            elements.add((Element) nodes.item(index));
        }
        return elements;
    }
}
