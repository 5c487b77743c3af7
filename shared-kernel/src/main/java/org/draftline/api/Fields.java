package org.draftline.api;

import java.util.List;
import java.util.Objects;

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

    /** A list that may be absent (then empty) but holds no empty entry. */
    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue(field + ": an entry is empty");
        }
        return List.copyOf(values);
    }

    public static <T> List<T> nonEmpty(List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new InvalidValue(field + ": at least one required");
        }
        return list(values, field);
    }
}
