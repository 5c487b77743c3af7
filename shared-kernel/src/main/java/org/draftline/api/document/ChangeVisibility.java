package org.draftline.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;

import java.time.Instant;

/** The secretariat opens a document to the public or keeps it to members: who may read what of it from now on. */
public record ChangeVisibility(@TargetAggregateIdentifier DocumentId documentId, Visibility visibility,
                               Instant occurredAt) {

    public ChangeVisibility {
        Fields.required(documentId, "id");
        Fields.required(visibility, "visibility");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
