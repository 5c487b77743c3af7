package org.draftline.web;

import org.draftline.platform.acting.Refusal;

/**
 * Why the server refused what a form sent, shown next to that form: the field it names (empty when the
 * whole act was refused), the rule's code where a rule refused it, and the server's own words.
 */
public record Problem(String form, String field, String code, String message) {

    /** A refusal as the form named {@code form} shows it: a field refused by its message, a rule also by its code. */
    public static Problem of(String form, Refusal refusal) {
        return new Problem(form, refusal.field(), refusal.isInvalidField() ? "" : refusal.code(), refusal.message());
    }

    public boolean concerns(String formName, String fieldName) {
        return form.equals(formName) && field.equals(fieldName);
    }

    /** A refusal of the act as a whole, or of a field the form does not show ({@code shownFields} comma-separated). */
    public boolean isGeneral(String formName, String shownFields) {
        return form.equals(formName) && (field.isEmpty() || !java.util.List.of(shownFields.split(",")).contains(field));
    }
}
