package org.draftline.api.silence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Deadline;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.time.Instant;

/** Put the current draft under silence until the deadline. */
public record StartSilence(@TargetAggregateIdentifier DocumentId documentId, Deadline deadline, Instant occurredAt) {

    public StartSilence {
        Fields.required(documentId, "id");
        Fields.required(deadline, "deadline");
        RecordableTime.instant(occurredAt, "occurredAt");
        RecordableTime.deadline(deadline, occurredAt, "deadline");
    }
}
