package org.draftline.api.draft;

import org.draftline.api.InvalidValue;
import org.draftline.api.Recorded;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft version's label, safe in a URL: {@code zero}, {@code rev1}, {@code rev2}, ..., {@code final},
 * and {@code final2}, ... when a final draft had to be circulated again after a broken silence.
 */
public record DraftLabel(String value) {

    private static final Pattern LABEL = Pattern.compile("zero|rev([1-9][0-9]{0,3})|final([2-9]|[1-9][0-9]{1,2})?");

    public DraftLabel {
        value = Recorded.isBeingRead() ? value : checked(value, "draft label");
    }

    private static String checked(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field + ": required");
        }
        value = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!LABEL.matcher(value).matches()) {
            throw new InvalidValue(field + ": '" + value
                    + "' is not a draft label; expected zero, rev1, rev2, ..., final");
        }
        return value;
    }

    public static final DraftLabel ZERO = new DraftLabel("zero");

    @JsonCreator
    public static DraftLabel of(String value) {
        return new DraftLabel(value);
    }

    /** A label a client sent in {@code field}; a refusal names that field. */
    public static DraftLabel of(String value, String field) {
        return new DraftLabel(checked(value, field));
    }

    /** A label as the record holds it, whatever today's pattern of labels. */
    public static DraftLabel recorded(String value) {
        return Recorded.read(() -> new DraftLabel(value));
    }

    public static DraftLabel revision(int number) {
        return new DraftLabel("rev" + number);
    }

    public static DraftLabel finalDraft(int number) {
        return new DraftLabel(number == 1 ? "final" : "final" + number);
    }

    public boolean isZero() {
        return value.equals("zero");
    }

    public boolean isFinal() {
        return value.startsWith("final");
    }

    /** The name negotiators use: "Zero draft", "Rev.2", "Final draft"; a recorded label of another form as it is. */
    public String displayName() {
        if (isZero()) {
            return "Zero draft";
        }
        Matcher matcher = LABEL.matcher(value);
        if (!matcher.matches()) {
            return value;
        }
        if (matcher.group(1) != null) {
            return "Rev." + matcher.group(1);
        }
        return matcher.group(2) == null ? "Final draft" : "Final draft (" + matcher.group(2) + ")";
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
