package org.draftline.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A reference table kept as a tab-separated resource beside the class that reads it: a header line, then
 * one row per line (blank lines skipped). Reading fails fast, naming the resource and the line, so that a
 * bad edit breaks the start rather than silently dropping a row.
 */
public final class ReferenceTable {

    /** What a row becomes; it may refuse the row with {@link #malformed}. */
    @FunctionalInterface
    public interface RowReader {
        void read(String[] fields, int lineNumber);
    }

    private ReferenceTable() {
    }

    /** Reads {@code resource} beside {@code owner}: its first line must be {@code header}, each row as many fields. */
    public static void read(Class<?> owner, String resource, String header, RowReader rows) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + ": resource not found");
        }
        int columns = header.split("\t", -1).length;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            if (first == null || !header.equals(withoutByteOrderMark(first))) {
                throw malformed(resource, 1, "expected header '" + header + "'");
            }
            int lineNumber = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw malformed(resource, lineNumber, "expected " + columns + " tab-separated fields but found "
                            + fields.length);
                }
                rows.read(fields, lineNumber);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot be read", e);
        }
    }

    public static IllegalStateException malformed(String resource, int lineNumber, String problem) {
        return new IllegalStateException(resource + " line " + lineNumber + ": " + problem);
    }

    private static String withoutByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
