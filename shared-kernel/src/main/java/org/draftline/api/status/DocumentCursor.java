package org.draftline.api.status;

import org.draftline.api.InvalidValue;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the document list ends: the sort key of its last row (registration time, then id).
 * Clients treat {@link #token()} as opaque; the next page starts strictly after it.
 */
public record DocumentCursor(Instant registeredAt, DocumentId document) {

    public DocumentCursor {
        if (registeredAt == null || document == null) {
            throw new InvalidValue("after: a cursor needs a registration time and a document");
        }
    }

    /** The cursor a client sent back, or {@code null} when it sent none; anything else than a token of ours is refused. */
    public static DocumentCursor parse(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            int space = plain.indexOf(' ');
            // a time no registration has (PostgreSQL's timestamps end well before Instant's) is no cursor of ours
            Instant registeredAt = RecordableTime.instant(Instant.parse(plain.substring(0, space)), "after");
            return new DocumentCursor(registeredAt, DocumentId.of(plain.substring(space + 1)));
        } catch (RuntimeException malformed) {
            throw new InvalidValue("after: not a cursor of this list; follow the Link rel=\"next\" of the previous page");
        }
    }

    /** URL-safe Base64 of {@code "<registeredAt> <document id>"}, without padding. */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((registeredAt + " " + document.value()).getBytes(StandardCharsets.UTF_8));
    }
}
