package org.draftline.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;

import java.time.Instant;

/** The document is withdrawn from negotiation; nothing can happen to it afterwards. */
public record WithdrawDocument(@TargetAggregateIdentifier DocumentId documentId, String reason, Instant occurredAt) {

    public WithdrawDocument {
        Fields.required(documentId, "id");
        reason = Fields.text(reason, "reason");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
