package org.draftline.api.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.time.Instant;

/** Close the input window: at its deadline (sent by Draftline) or earlier by the co-facilitators. */
public record CloseInputWindow(@TargetAggregateIdentifier DocumentId documentId, Instant occurredAt) {

    public CloseInputWindow {
        Fields.required(documentId, "id");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
