package org.draftline.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;

import java.time.Instant;

/**
 * The secretariat registers a document to be negotiated, with its mandate and who may read it
 * ({@link Visibility#PUBLIC} unless said otherwise).
 */
public record RegisterDocument(@TargetAggregateIdentifier DocumentId documentId, String title, DocumentKind kind,
                               String body, String session, String mandate, Instant occurredAt,
                               Visibility visibility) {

    public RegisterDocument {
        Fields.required(documentId, "id");
        title = Fields.text(title, "title");
        Fields.required(kind, "kind");
        body = Fields.text(body, "body");
        session = Fields.optionalText(session, "session");
        mandate = Fields.optionalText(mandate, "mandate");
        RecordableTime.instant(occurredAt, "occurredAt");
        visibility = Visibility.orDefault(visibility);
    }

    /** A public document. */
    public RegisterDocument(DocumentId documentId, String title, DocumentKind kind, String body, String session,
                            String mandate, Instant occurredAt) {
        this(documentId, title, kind, body, session, mandate, occurredAt, Visibility.PUBLIC);
    }
}
