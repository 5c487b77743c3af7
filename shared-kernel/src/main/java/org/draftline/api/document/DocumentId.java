package org.draftline.api.document;

import org.draftline.api.InvalidValue;
import org.draftline.api.Recorded;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.text.Normalizer;
import java.util.Locale;
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

    /**
     * The address a title suggests, as the registration page derives it while the title is typed (the page's
     * script does the same): "Political declaration on trafficking in persons, 2017" becomes
     * {@code political-declaration-on-trafficking-in-persons-2017}; accents dropped, at most 80 characters
     * ending on a whole word; a title with too few letters or digits for three gets {@code document-} before them.
     */
    public static DocumentId suggestedFor(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 81);
            int lastBreak = slug.lastIndexOf('-');
            slug = lastBreak >= 3 ? slug.substring(0, lastBreak) : slug.substring(0, 80);
        }
        if (slug.length() < 3) {
            slug = slug.isEmpty() ? "document" : "document-" + slug;
        }
        return new DocumentId(slug);
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
