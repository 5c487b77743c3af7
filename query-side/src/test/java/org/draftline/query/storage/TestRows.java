package org.draftline.query.storage;

import java.util.ArrayList;
import java.util.List;

/** Rows of arguments for the storage tests, each written once per way under a source of its own. */
final class TestRows {

    private TestRows() {
    }

    static Object[] row(Object... values) {
        return values;
    }

    /** The rows with {@code source} as their first argument. */
    static List<Object[]> withSource(String source, List<Object[]> rows) {
        List<Object[]> sourced = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] withSource = new Object[row.length + 1];
            withSource[0] = source;
            System.arraycopy(row, 0, withSource, 1, row.length);
            sourced.add(withSource);
        }
        return sourced;
    }
}
