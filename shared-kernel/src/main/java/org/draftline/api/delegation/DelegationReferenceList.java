package org.draftline.api.delegation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        InputStream in = Delegation.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + ": resource not found");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot be read", e);
        }
    }

    private static Map<String, Entry> parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !HEADER.equals(stripBom(header))) {
            throw new IllegalStateException(RESOURCE + " line 1: expected header '" + HEADER + "'");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        int lineNumber = 1;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Entry entry = parseLine(line, lineNumber);
            if (entries.putIfAbsent(entry.code(), entry) != null) {
                throw new IllegalStateException(
                        RESOURCE + " line " + lineNumber + ": duplicate code '" + entry.code() + "'");
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": no delegations");
        }
        return Collections.unmodifiableMap(entries);
    }

    private static Entry parseLine(String line, int lineNumber) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            throw malformed(lineNumber, "expected 3 tab-separated fields but found " + fields.length);
        }
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
        return new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + problem);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
