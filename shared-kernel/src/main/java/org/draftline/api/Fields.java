package org.draftline.api;

import java.util.List;

/** Checks shared by the message constructors, so every field error names its field the same way. */
public final class Fields {

    private Fields() {
    }

    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field + ": required");
        }
        return value.strip();
    }

    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValue(field + ": required");
        }
        return value;
    }

    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public static <T> List<T> nonEmpty(List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new InvalidValue(field + ": at least one required");
        }
        return List.copyOf(values);
    }
}
