package org.draftline.api.document;

import org.draftline.api.InvalidValue;
import org.draftline.api.Recorded;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** The slug that names a negotiated document in URLs and in the event store. */
public record DocumentId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{2,79}");

    public DocumentId {
        if (!Recorded.isBeingRead()) {
            check(value);
        }
    }

    private static void check(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("id: required");
        }
        if (!SLUG.matcher(value).matches()) {
            throw new InvalidValue("id: '" + value
                    + "' is not a slug: 3 to 80 characters of a-z, 0-9 and '-', starting with a letter or digit");
        }
    }

    @JsonCreator
    public static DocumentId of(String value) {
        return new DocumentId(value);
    }

    /** Axon routes commands by the identifier's string form, so it must be the bare slug. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
