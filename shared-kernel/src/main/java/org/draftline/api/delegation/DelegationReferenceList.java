package org.draftline.api.delegation;

import org.draftline.api.ReferenceTable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reference list of delegations, read once from {@code delegations.tsv} next to {@link Delegation}.
 * Keeping the data in one resource file means there is a single list to review and amend; loading fails
 * fast so that a bad edit to that file breaks startup rather than silently dropping a delegation.
 */
final class DelegationReferenceList {

    static final String RESOURCE = "delegations.tsv";
    private static final String HEADER = "code\tkind\tname";

    /** Entries by code, in file order. */
    static final Map<String, Entry> ENTRIES = load();

    record Entry(String code, DelegationKind kind, String name) { }

    private DelegationReferenceList() { }

    private static Map<String, Entry> load() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        ReferenceTable.read(Delegation.class, RESOURCE, HEADER, (fields, lineNumber) -> {
            Entry entry = parseLine(fields, lineNumber);
            if (entries.putIfAbsent(entry.code(), entry) != null) {
                throw malformed(lineNumber, "duplicate code '" + entry.code() + "'");
            }
        });
        if (entries.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": no delegations");
        }
        return Collections.unmodifiableMap(entries);
    }

    private static Entry parseLine(String[] fields, int lineNumber) {
        String code = fields[0].strip();
        String name = fields[2].strip();
        if (!code.matches("[A-Z0-9]+(-[A-Z0-9]+)*")) {
            throw malformed(lineNumber, "code '" + code + "' must be uppercase letters, digits and hyphens");
        }
        if (name.isEmpty()) {
            throw malformed(lineNumber, "name is empty");
        }
        DelegationKind kind;
        try {
            kind = DelegationKind.valueOf(fields[1].strip());
        } catch (IllegalArgumentException e) {
            throw malformed(lineNumber, "unknown kind '" + fields[1] + "'");
        }
        return new Entry(code, kind, name);
    }

    private static IllegalStateException malformed(int lineNumber, String problem) {
        return ReferenceTable.malformed(RESOURCE, lineNumber, problem);
    }
}
