package org.draftline.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was typed into one form, every field and every value of a repeated field (each proposal row), kept
 * for the page that shows the form again: after a refusal, or when the person goes back from a
 * confirmation to change it. Nothing typed is dropped.
 *
 * @param form   the form's id on the page ({@code input}, {@code break-silence}, ...)
 * @param fields each field's values in the order sent, line breaks as the record keeps them
 */
public record TypedValues(String form, Map<String, List<String>> fields) {

    public TypedValues {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Collections.unmodifiableMap(copy);
    }

    /** Every field of the request but Spring Security's own ({@code _csrf}) and other underscored ones. */
    public static TypedValues of(String form, HttpServletRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (!name.startsWith("_") && given.length > 0) {
                fields.put(name, Forms.repeated(request, name));
            }
        });
        return new TypedValues(form, fields);
    }

    /** The first value of a field, or null when it was not sent. */
    public String first(String field) {
        List<String> values = fields.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> all(String field) {
        return fields.getOrDefault(field, List.of());
    }

    /** These values with {@code field} holding {@code value} alone, in its place (or last when it was not sent). */
    public TypedValues with(String field, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(fields);
        changed.put(field, List.of(value));
        return new TypedValues(form, changed);
    }

    /** The fields as name and value pairs, in order, a repeated field once per value: hidden fields of a confirmation. */
    public List<Map.Entry<String, String>> pairs() {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(value -> pairs.add(Map.entry(name, value))));
        return pairs;
    }
}
