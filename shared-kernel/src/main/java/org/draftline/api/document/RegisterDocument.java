package org.draftline.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;

import java.time.Instant;

/** The secretariat registers a document to be negotiated, with its mandate. */
public record RegisterDocument(@TargetAggregateIdentifier DocumentId documentId, String title, DocumentKind kind,
                               String body, String session, String mandate, Instant occurredAt) {

    public RegisterDocument {
        Fields.required(documentId, "id");
        title = Fields.text(title, "title");
        Fields.required(kind, "kind");
        body = Fields.text(body, "body");
        session = Fields.optionalText(session, "session");
        mandate = Fields.optionalText(mandate, "mandate");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
