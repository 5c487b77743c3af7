package org.draftline.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;

import java.time.Instant;

/** The co-facilitators report consensus on the agreed text and transmit it for adoption. */
public record DeclareConsensus(@TargetAggregateIdentifier DocumentId documentId, String note, Instant occurredAt) {

    public DeclareConsensus {
        Fields.required(documentId, "id");
        note = Fields.optionalText(note, "note");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
