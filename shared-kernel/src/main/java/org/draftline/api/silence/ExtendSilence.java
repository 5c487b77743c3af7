package org.draftline.api.silence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Deadline;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.time.Instant;

/** Move the running silence's deadline to a later one. */
public record ExtendSilence(@TargetAggregateIdentifier DocumentId documentId, Deadline deadline, Instant occurredAt) {

    public ExtendSilence {
        Fields.required(documentId, "id");
        Fields.required(deadline, "deadline");
        RecordableTime.instant(occurredAt, "occurredAt");
        RecordableTime.deadline(deadline, occurredAt, "deadline");
    }
}
