package org.draftline.query.akn;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code meta/references} of an export, gathered while the rest is planned: every agent, role, concept and
 * process that an attribute points at ({@code by="#bel"}) is registered here once, under an eId that is unique in
 * the whole document (the schema requires it). Reference eIds never contain an underscore, which the eIds of the
 * text and of the workflow always do, so the two can never clash.
 */
final class AknReferences {

    /** The kinds of reference, in the order the export lists them. */
    enum Kind {
        ORGANIZATION("TLCOrganization", "organization"),
        PERSON("TLCPerson", "person"),
        ROLE("TLCRole", "role"),
        CONCEPT("TLCConcept", "concept"),
        PROCESS("TLCProcess", "process");

        final String element;
        final String ontologyClass;

        Kind(String element, String ontologyClass) {
            this.element = element;
            this.ontologyClass = ontologyClass;
        }
    }

    /**
     * @param shortForm a short name shown beside {@code showAs}, such as an ISO code; may be null
     */
    record Reference(Kind kind, String eId, String href, String showAs, String shortForm) {
    }

    private final Map<String, Reference> byIdentity = new LinkedHashMap<>();
    private final Set<String> eIds = new HashSet<>();

    /**
     * The reference to a thing, registering it the first time it is named.
     *
     * @param identity  what makes two mentions the same thing within its kind (a delegation code, a name)
     * @param eIdWanted the eId it should have; a number is added where another reference already took it
     * @param path      the ontology path after {@code /ontology/<class>/}
     * @return the value for an attribute pointing at it: {@code #} and its eId
     */
    String refer(Kind kind, String identity, String eIdWanted, String path, String showAs, String shortForm) {
        Reference reference = byIdentity.computeIfAbsent(kind + "\u0000" + identity,
                key -> new Reference(kind, uniqueEId(eIdWanted), "/ontology/" + kind.ontologyClass + "/" + path,
                        showAs, shortForm));
        return "#" + reference.eId();
    }

    boolean isEmpty() {
        return byIdentity.isEmpty();
    }

    /** Grouped by kind, then in the order they were first named. */
    List<Reference> all() {
        List<Reference> all = new ArrayList<>(byIdentity.values());
        all.sort(Comparator.comparing(Reference::kind));
        return all;
    }

    private String uniqueEId(String wanted) {
        String base = wanted.isEmpty() ? "ref" : wanted;
        String eId = base;
        for (int suffix = 2; !eIds.add(eId); suffix++) {
            eId = base + "-" + suffix;
        }
        return eId;
    }

    /** Lower-case ASCII words joined by hyphens ("Marc Pecsteen de Buytswerve" to "marc-pecsteen-de-buytswerve"). */
    static String slug(String text) {
        return token(text).toLowerCase(Locale.ROOT);
    }

    /** ASCII letters and digits, every other run of characters a hyphen ("A/RES/71/287" to "A-RES-71-287"). */
    static String token(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** ASCII words in lower camel case ("General Assembly" to "generalAssembly"), as Akoma Ntoso names things. */
    static String camel(String text) {
        StringBuilder camel = new StringBuilder();
        for (String word : slug(text).split("-")) {
            if (word.isEmpty()) {
                continue;
            }
            camel.append(camel.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString();
    }
}
