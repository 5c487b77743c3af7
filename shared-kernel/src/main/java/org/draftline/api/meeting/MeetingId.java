package org.draftline.api.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.draftline.api.InvalidValue;
import org.draftline.api.Recorded;

import java.util.regex.Pattern;

/** The slug that names a meeting (the {@code Meeting} aggregate) in URLs; JSON carries the bare slug. */
public record MeetingId(@JsonValue String value) {

    /** What precedes the slug in the event store, where documents are stored by their bare slug. */
    public static final String STORE_PREFIX = "meeting:";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{2,79}");

    public MeetingId {
        if (!Recorded.isBeingRead() && (value == null || !SLUG.matcher(value).matches())) {
            throw new InvalidValue(value == null || value.isBlank() ? "id: required" : "id: '" + value
                    + "' is not a slug: 3 to 80 characters of a-z, 0-9 and '-', starting with a letter or digit");
        }
    }

    @JsonCreator
    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    /**
     * The aggregate's identifier in the event store, by which Axon routes commands: prefixed, so a meeting
     * and a document of the same slug never share an event stream.
     */
    @Override
    public String toString() {
        return STORE_PREFIX + value;
    }
}
