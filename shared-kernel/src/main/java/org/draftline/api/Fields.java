package org.draftline.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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

    /** A text a client must give, as Draftline records it ({@link RecordableText}), without outer spaces. */
    public static String text(String value, String field) {
        return required(RecordableText.of(value, field), field);
    }

    /** A text a client may give, as Draftline records it ({@link RecordableText}); blank is absent. */
    public static String optionalText(String value, String field) {
        return optional(RecordableText.of(value, field));
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

    /**
     * Each entry of a list built into a message value; a value refusing a field of its entry
     * ({@code "coFacilitators[].representative"}) is named with the entry's index ({@code coFacilitators[1]...}).
     */
    public static <T, R> List<R> each(List<T> values, String field, Function<T, R> build) {
        List<T> entries = list(values, field);
        List<R> built = new ArrayList<>(entries.size());
        for (int index = 0; index < entries.size(); index++) {
            try {
                built.add(build.apply(entries.get(index)));
            } catch (InvalidValue invalid) {
                if (!invalid.field().startsWith(field + "[]")) {
                    throw invalid;
                }
                throw new InvalidValue(field + "[" + index + "]" + invalid.field().substring(field.length() + 2)
                        + ": " + invalid.reason());
            }
        }
        return List.copyOf(built);
    }

    public static <T> List<T> nonEmpty(List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new InvalidValue(field + ": at least one required");
        }
        return list(values, field);
    }
}
