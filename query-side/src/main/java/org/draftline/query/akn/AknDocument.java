package org.draftline.query.akn;

import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.draft.DraftSummary;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.draft.Paragraph;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.integrity.IntegrityCheck;
import org.draftline.api.status.AdoptionView;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.akn.AknReferences.Kind;
import org.draftline.query.akn.AknReferences.Reference;
import org.draftline.query.history.HistoryCheck;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One negotiated document as Akoma Ntoso 3.0, written from what the read models answer: its FRBR identity, a
 * lifecycle event per draft circulated, a workflow step per act on the record, the references those point at, and
 * the current text. Pure and without a clock, so the same record always gives the same bytes to compare or sign.
 *
 * <p>Resolutions, declarations and decisions are {@code statement}s (the schema's element for a deliberative body's
 * resolutions); anything else is a {@code doc}. Metadata dates are the real-world UTC date, as the API reads a bare
 * date; each step keeps its exact times, type and summary in the Draftline namespace, which the schema admits.
 */
final class AknDocument {

    static final String AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** The reason printed when the chain holds but the history printed differs from its events. */
    static final String READ_MODEL_DISAGREES = "READ_MODEL_DISAGREES";
    static final String DRAFTLINE_NAMESPACE = "urn:draftline:akn:1";
    static final String DRAFTLINE_PREFIX = "draftline";
    static final String MEDIA_TYPE = "application/akn+xml";

    private static final String COUNTRY = "un";
    private static final String LANGUAGE = "eng";
    private static final Pattern LABEL = Pattern.compile("(PP|OP)(\\d+)(?:\\(([a-z]+)\\))?");
    /** The acts a delegate does as a delegation; every other act of a delegate's account is a co-facilitator's. */
    private static final Set<String> DELEGATION_ACTS = Set.of("InputSubmitted", "SilenceBroken");
    private static final String CIRCULATION = "DraftCirculated";
    private static final String ADOPTION = "DocumentAdopted";
    private static final String SILENCE_CONCLUSION = "SilenceConcluded";
    private static final Set<String> APPOINTMENTS = Set.of("CoFacilitatorsAppointed", "CoFacilitatorsReplaced");

    private record Step(HistoryEntry entry, String by, String as, String outcome, List<String> refersTo,
                        String onBehalfOf, String href) {
    }

    private record Circulation(DraftSummary draft, String source) {
    }

    private record Operative(Paragraph paragraph, List<Paragraph> subParagraphs) {
    }

    private final DocumentStatus status;
    private final DraftVersion currentText;
    private final IntegrityCheck integrity;
    private final HistoryCheck.Disagreement readModel;
    private final AknReferences references = new AknReferences();
    private final String workUri;
    private final String organName;
    private final String draftline;
    private final String organ;
    private final String secretariatRole;
    private final String coFacilitatorRole;
    private final String delegateRole;
    private final List<String> expressionAuthors = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<Circulation> circulations = new ArrayList<>();

    private AknDocument(DocumentStatus status, List<HistoryEntry> history, List<DraftSummary> drafts,
                        DraftVersion currentText, IntegrityCheck integrity, HistoryCheck.Disagreement readModel) {
        this.status = status;
        this.currentText = currentText;
        this.integrity = integrity;
        this.readModel = readModel;
        this.workUri = "/akn/" + COUNTRY + "/" + documentElement() + "/" + documentName() + "/"
                + date(status.registeredAt()) + "/" + status.id().value();
        String bodyName = AknReferences.camel(status.body());
        organName = bodyName.isEmpty() ? "organ" : bodyName;
        organ = references.refer(Kind.ORGANIZATION, "organ", organName, COUNTRY + "/" + organName, status.body(),
                null);
        draftline = references.refer(Kind.ORGANIZATION, "draftline", "draftline", "draftline", "Draftline", null);
        secretariatRole = references.refer(Kind.ROLE, Role.SECRETARIAT.name(), "secretariat",
                COUNTRY + "/secretariat", "Secretariat", null);
        coFacilitatorRole = references.refer(Kind.ROLE, "CO_FACILITATOR", "coFacilitator",
                COUNTRY + "/coFacilitator", "Co-facilitator", null);
        delegateRole = references.refer(Kind.ROLE, Role.DELEGATE.name(), "delegate", COUNTRY + "/delegate",
                "Delegate", null);
        if (currentText != null && status.coFacilitators() != null) {
            status.coFacilitators().forEach(coFacilitator -> {
                expressionAuthors.add(delegation(coFacilitator.delegation()));
                person(coFacilitator.representative());
            });
        }
        if (expressionAuthors.isEmpty()) {
            expressionAuthors.add(organ);
        }
        history.forEach(entry -> steps.add(step(entry)));
        drafts.forEach(draft -> circulations.add(new Circulation(draft, circulatedBy(draft, history))));
    }

    /**
     * @param history     every entry of the document's audit trail, oldest first
     * @param drafts      the draft versions in the order they were circulated
     * @param currentText the latest version's text, or null while no draft has been circulated
     * @return the document, UTF-8
     */
    static byte[] render(DocumentStatus status, List<HistoryEntry> history, List<DraftSummary> drafts,
                         DraftVersion currentText) {
        return render(status, history, drafts, currentText, null);
    }

    /** @param integrity the event store's check of the record, printed in the metadata; null where none is kept */
    static byte[] render(DocumentStatus status, List<HistoryEntry> history, List<DraftSummary> drafts,
                         DraftVersion currentText, IntegrityCheck integrity) {
        return render(status, history, drafts, currentText, integrity, null);
    }

    /**
     * @param readModel where the history printed parts from the events the chain vouches for; null when they
     *                  agree. The export is then not verified, whatever the chain says.
     */
    static byte[] render(DocumentStatus status, List<HistoryEntry> history, List<DraftSummary> drafts,
                         DraftVersion currentText, IntegrityCheck integrity, HistoryCheck.Disagreement readModel) {
        return new AknDocument(status, history, drafts, currentText, integrity, readModel).write();
    }

    private String documentElement() {
        return status.kind() == DocumentKind.OTHER ? "doc" : "statement";
    }

    private String documentName() {
        return status.kind() == DocumentKind.OTHER ? "document" : status.kind().name().toLowerCase(Locale.ROOT);
    }

    private String expressionUri() {
        return expressionUri(currentText == null ? "" : currentText.label().value());
    }

    /** A draft version is an expression of the work, named by its label: {@code eng@rev1}; {@code eng@} before any. */
    private String expressionUri(String label) {
        return workUri + "/" + LANGUAGE + "@" + label;
    }

    private Step step(HistoryEntry entry) {
        Map<String, Object> details = entry.details() == null ? Map.of() : entry.details();
        List<String> refersTo = new ArrayList<>();
        refersTo.add(process(entry.type()));
        String outcome = null;
        String href = null;
        if (APPOINTMENTS.contains(entry.type())) {
            for (String field : List.of("previous", "coFacilitators")) {
                for (Map<?, ?> coFacilitator : maps(details.get(field))) {
                    addIfPresent(refersTo, delegation(text(coFacilitator, "delegation")));
                    addIfPresent(refersTo, person(text(coFacilitator, "representative")));
                }
            }
        } else if (entry.type().endsWith(CIRCULATION) && text(details, "label") != null) {
            href = expressionUri(text(details, "label"));
        } else if (entry.type().equals(SILENCE_CONCLUSION)) {
            outcome = silenceOutcome(text(details, "outcome"));
            if (details.get("brokenBy") instanceof List<?> brokenBy) {
                brokenBy.forEach(code -> addIfPresent(refersTo, delegation(Objects.toString(code, null))));
            }
        } else if (entry.type().equals(ADOPTION)) {
            outcome = adoption(text(details, "symbol"));
        }
        String onBehalfOf = entry.onBehalfOf() == null ? null : delegation(entry.onBehalfOf());
        return new Step(entry, agent(entry), role(entry), outcome, refersTo, onBehalfOf, href);
    }

    /** The acting delegation, or the organ acting for the document: the secretariat, or Draftline at a deadline. */
    private String agent(HistoryEntry entry) {
        if (entry.delegation() != null) {
            return delegation(entry.delegation());
        }
        if (Role.SECRETARIAT.name().equals(entry.role())) {
            return references.refer(Kind.ORGANIZATION, "secretariat", organName + "Secretariat",
                    COUNTRY + "/" + organName + "Secretariat", "Secretariat of the " + status.body(), null);
        }
        if (Role.SYSTEM.name().equals(entry.role())) {
            return draftline;
        }
        String account = Objects.toString(entry.actor(), "unknown");
        return references.refer(Kind.PERSON, "account:" + account, "account-" + AknReferences.slug(account),
                "draftline/" + AknReferences.slug(account), account, null);
    }

    private String role(HistoryEntry entry) {
        if (Role.SECRETARIAT.name().equals(entry.role())) {
            return secretariatRole;
        }
        if (Role.DELEGATE.name().equals(entry.role())) {
            return DELEGATION_ACTS.contains(entry.type()) ? delegateRole : coFacilitatorRole;
        }
        if (Role.SYSTEM.name().equals(entry.role())) {
            return references.refer(Kind.ROLE, Role.SYSTEM.name(), "timekeeper", "draftline/timekeeper",
                    "Timekeeper: Draftline concluding at a deadline", null);
        }
        String role = Objects.toString(entry.role(), "unknown");
        return references.refer(Kind.ROLE, role, AknReferences.camel(role), COUNTRY + "/" + AknReferences.camel(role),
                sentence(role), null);
    }

    private String process(String eventType) {
        String name = AknReferences.camel(sentence(eventType));
        return references.refer(Kind.PROCESS, eventType, name, "draftline/" + name, sentence(eventType), null);
    }

    private String silenceOutcome(String outcome) {
        if (outcome == null) {
            return null;
        }
        String words = outcome.toLowerCase(Locale.ROOT).replace('_', ' ');
        String name = AknReferences.camel("silence " + words);
        return references.refer(Kind.CONCEPT, "silence:" + outcome, name, COUNTRY + "/silence/"
                + AknReferences.slug(words), "Silence " + words, outcome);
    }

    private String adoption(String symbol) {
        if (symbol == null) {
            return null;
        }
        String token = AknReferences.token(symbol);
        return references.refer(Kind.CONCEPT, "adoption:" + symbol, "adoption-" + token,
                COUNTRY + "/adoption/" + token, symbol, null);
    }

    private String delegation(String code) {
        return Delegation.isKnown(code) ? delegation(Delegation.of(code)) : null;
    }

    private String delegation(Delegation delegation) {
        String code = delegation.code();
        return references.refer(Kind.ORGANIZATION, "delegation:" + code, code.toLowerCase(Locale.ROOT),
                COUNTRY + "/" + code, delegation.name(), code);
    }

    private String person(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String slug = AknReferences.slug(name);
        return references.refer(Kind.PERSON, name.strip(), slug.isEmpty() ? "person" : slug,
                COUNTRY + "/" + (slug.isEmpty() ? "person" : slug), name.strip(), null);
    }

    private String circulatedBy(DraftSummary draft, List<HistoryEntry> history) {
        return history.stream()
                .filter(entry -> entry.type().endsWith(CIRCULATION) && entry.details() != null
                        && draft.label().value().equals(text(entry.details(), "label")))
                .findFirst()
                .map(this::agent)
                .orElse(organ);
    }

    private byte[] write() {
        XmlOutput xml = new XmlOutput("akomaNtoso", AKN_NAMESPACE);
        xml.namespace(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE);
        xml.start(documentElement()).attribute("name", documentName());
        writeMeta(xml);
        writePreface(xml);
        writePreamble(xml);
        writeMainBody(xml);
        return xml.finish();
    }

    private void writeMeta(XmlOutput xml) {
        xml.start("meta");
        writeIdentification(xml);
        if (!circulations.isEmpty()) {
            xml.start("lifecycle").attribute("source", draftline);
            for (int index = 0; index < circulations.size(); index++) {
                DraftSummary draft = circulations.get(index).draft();
                xml.empty("eventRef")
                        .attribute("eId", "circulation_" + draft.label().value())
                        .attribute("date", date(draft.circulatedAt()))
                        .attribute("source", circulations.get(index).source())
                        .attribute("type", index == 0 ? "generation" : "amendment")
                        .attribute("href", expressionUri(draft.label().value()))
                        .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "version", draft.name());
            }
            xml.end();
        }
        if (!steps.isEmpty()) {
            xml.start("workflow").attribute("source", draftline);
            steps.forEach(step -> writeStep(xml, step));
            xml.end();
        }
        xml.start("references").attribute("source", draftline);
        for (Reference reference : references.all()) {
            xml.empty(reference.kind().element)
                    .attribute("eId", reference.eId())
                    .attribute("href", reference.href())
                    .attribute("showAs", reference.showAs())
                    .attribute("shortForm", reference.shortForm());
        }
        xml.end();
        if (integrity != null) {
            writeIntegrity(xml);
        }
        xml.end();
    }

    /** The head of the record's hash chain and its signature, so the export can be checked against the key later. */
    private void writeIntegrity(XmlOutput xml) {
        xml.start("proprietary").attribute("source", draftline);
        xml.start(DRAFTLINE_PREFIX, "integrity", DRAFTLINE_NAMESPACE)
                .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "verified",
                        Boolean.toString(integrity.verified() && readModel == null))
                .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "events", Long.toString(integrity.events()))
                .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "head", integrity.head());
        if (readModel != null) {
            xml.attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "firstBrokenSequence",
                            String.valueOf(readModel.sequence()))
                    .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "reason", READ_MODEL_DISAGREES)
                    .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "detail", "NOT VERIFIED, the read model "
                            + "disagrees with the event store: " + readModel.detail());
        } else if (integrity.signature() != null) {
            xml.attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "signedAt", integrity.signedHead().signedAt())
                    .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "keyId", integrity.signedHead().keyId())
                    .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "signature", integrity.signature());
        }
        if (!integrity.verified()) {
            xml.attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "firstBrokenSequence",
                            String.valueOf(integrity.firstBrokenSequence()))
                    .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "reason", String.valueOf(integrity.reason()));
        }
        xml.end();
        xml.end();
    }

    private void writeIdentification(XmlOutput xml) {
        AdoptionView adoption = status.adoption();
        xml.start("identification").attribute("source", draftline);

        xml.start("FRBRWork");
        xml.empty("FRBRthis").attribute("value", workUri + "/!main");
        xml.empty("FRBRuri").attribute("value", workUri);
        if (adoption != null && adoption.symbol() != null) {
            xml.empty("FRBRalias").attribute("value", adoption.symbol()).attribute("name", "symbol");
        }
        if (adoption != null && adoption.draftSymbol() != null) {
            xml.empty("FRBRalias").attribute("value", adoption.draftSymbol()).attribute("name", "draftSymbol");
        }
        xml.empty("FRBRdate").attribute("date", date(status.registeredAt())).attribute("name", "registration");
        if (adoption != null && adoption.adoptedOn() != null) {
            xml.empty("FRBRdate").attribute("date", adoption.adoptedOn().toString()).attribute("name", "adoption");
        }
        xml.empty("FRBRauthor").attribute("href", organ);
        xml.empty("FRBRcountry").attribute("value", COUNTRY);
        xml.empty("FRBRname").attribute("value", status.title());
        xml.end();

        xml.start("FRBRExpression");
        xml.empty("FRBRthis").attribute("value", expressionUri() + "/!main");
        xml.empty("FRBRuri").attribute("value", expressionUri());
        if (currentText == null) {
            xml.empty("FRBRdate").attribute("date", date(status.registeredAt())).attribute("name", "registration");
        } else {
            xml.empty("FRBRdate").attribute("date", date(currentText.circulatedAt())).attribute("name", "circulation");
        }
        String authorRole = currentText == null || expressionAuthors.contains(organ) ? null : coFacilitatorRole;
        expressionAuthors.forEach(author -> xml.empty("FRBRauthor").attribute("href", author).attribute("as", authorRole));
        if (currentText != null) {
            xml.empty("FRBRversionNumber").attribute("value", currentText.label().value())
                    .attribute("showAs", currentText.name());
        }
        xml.empty("FRBRlanguage").attribute("language", LANGUAGE);
        xml.end();

        xml.start("FRBRManifestation");
        xml.empty("FRBRthis").attribute("value", expressionUri() + "/!main.xml");
        xml.empty("FRBRuri").attribute("value", expressionUri() + ".akn");
        Instant lastAct = status.lastActAt() == null ? status.registeredAt() : status.lastActAt();
        xml.empty("FRBRdate").attribute("date", date(lastAct)).attribute("name", "lastAct");
        xml.empty("FRBRauthor").attribute("href", draftline);
        xml.empty("FRBRformat").attribute("value", MEDIA_TYPE);
        xml.end();

        xml.end();
    }

    private void writeStep(XmlOutput xml, Step step) {
        HistoryEntry entry = step.entry();
        xml.start("step")
                .attribute("eId", "step_" + entry.sequence())
                .attribute("date", date(entry.occurredAt()))
                .attribute("by", step.by())
                .attribute("as", step.as())
                .attribute("refersTo", String.join(" ", step.refersTo()))
                .attribute("outcome", step.outcome())
                .attribute("href", step.href())
                .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "type", entry.type())
                .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "sequence", Long.toString(entry.sequence()))
                .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "occurredAt", instant(entry.occurredAt()))
                .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "recordedAt", instant(entry.recordedAt()))
                .attribute(DRAFTLINE_PREFIX, DRAFTLINE_NAMESPACE, "onBehalfOf", step.onBehalfOf());
        if (entry.summary() != null) {
            xml.start(DRAFTLINE_PREFIX, "summary", DRAFTLINE_NAMESPACE).characters(entry.summary()).end();
        }
        xml.end();
    }

    private void writePreface(XmlOutput xml) {
        String title = currentText != null && currentText.title() != null ? currentText.title() : status.title();
        xml.start("preface");
        xml.start("longTitle");
        xml.inline("p", "docTitle", title);
        xml.end();
        if (currentText != null) {
            xml.inline("p", "docStatus", currentText.name());
        }
        if (status.adoption() != null && status.adoption().symbol() != null) {
            xml.inline("p", "docNumber", status.adoption().symbol());
        }
        xml.end();
    }

    /** The chapeau ("The General Assembly,") as a formula, then the preambular paragraphs as recitals. */
    private void writePreamble(XmlOutput xml) {
        List<Paragraph> preambular = currentText == null ? List.of()
                : currentText.paragraphs().stream().filter(AknDocument::isPreambular).toList();
        String chapeau = currentText == null ? null : currentText.chapeau();
        if (chapeau == null && preambular.isEmpty()) {
            return;
        }
        xml.start("preamble");
        if (chapeau != null) {
            xml.start("formula").attribute("name", "chapeau");
            xml.text("p", chapeau);
            xml.end();
        }
        if (!preambular.isEmpty()) {
            xml.start("recitals");
            for (Paragraph paragraph : preambular) {
                xml.start("recital").attribute("eId", eId(paragraph));
                xml.text("num", paragraph.label());
                xml.text("p", paragraph.text());
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    /** Operative paragraphs with their lettered sub-paragraphs; a lone empty paragraph while there are none. */
    private void writeMainBody(XmlOutput xml) {
        List<Operative> operative = operativeParagraphs();
        xml.start("mainBody");
        if (operative.isEmpty()) {
            xml.empty("p");
        }
        for (Operative part : operative) {
            xml.start("paragraph").attribute("eId", eId(part.paragraph()));
            xml.text("num", part.paragraph().label());
            if (part.subParagraphs().isEmpty()) {
                xml.start("content").text("p", part.paragraph().text()).end();
            } else {
                xml.start("intro").text("p", part.paragraph().text()).end();
                for (Paragraph sub : part.subParagraphs()) {
                    xml.start("subparagraph").attribute("eId", eId(sub));
                    xml.text("num", sub.label());
                    xml.start("content").text("p", sub.text()).end();
                    xml.end();
                }
            }
            xml.end();
        }
        xml.end();
    }

    private List<Operative> operativeParagraphs() {
        List<Operative> operative = new ArrayList<>();
        if (currentText == null) {
            return operative;
        }
        String lastNumber = null;
        for (Paragraph paragraph : currentText.paragraphs()) {
            if (isPreambular(paragraph)) {
                continue;
            }
            Matcher label = LABEL.matcher(paragraph.label());
            boolean labelled = label.matches();
            boolean subParagraph = labelled && label.group(3) != null;
            if (subParagraph && label.group(2).equals(lastNumber)) {
                operative.get(operative.size() - 1).subParagraphs().add(paragraph);
                continue;
            }
            lastNumber = labelled && !subParagraph ? label.group(2) : null;
            operative.add(new Operative(paragraph, new ArrayList<>()));
        }
        return operative;
    }

    private static boolean isPreambular(Paragraph paragraph) {
        Matcher label = LABEL.matcher(paragraph.label());
        return label.matches() && label.group(1).equals("PP");
    }

    /** Akoma Ntoso's own naming: PP2 is {@code rec_2}, OP3 {@code para_3}, OP3(b) {@code para_3__subpara_b}. */
    private static String eId(Paragraph paragraph) {
        Matcher label = LABEL.matcher(paragraph.label());
        if (!label.matches()) {
            return "para_" + AknReferences.token(paragraph.label());
        }
        if (label.group(1).equals("PP")) {
            return "rec_" + label.group(2);
        }
        return label.group(3) == null ? "para_" + label.group(2)
                : "para_" + label.group(2) + "__subpara_" + label.group(3);
    }

    /** "CoFacilitatorsAppointed" reads "Co-facilitators appointed"; "SECRETARIAT" reads "Secretariat". */
    static String sentence(String name) {
        String words = name.replace("CoFacilitators", "Co-facilitators")
                .replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String text(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }

    private static List<Map<?, ?>> maps(Object value) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).map(Map.class::cast).forEach(maps::add);
        }
        return maps;
    }

    private static void addIfPresent(List<String> references, String reference) {
        if (reference != null && !references.contains(reference)) {
            references.add(reference);
        }
    }
}
