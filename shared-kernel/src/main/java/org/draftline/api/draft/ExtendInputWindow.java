package org.draftline.api.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Deadline;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.time.Instant;

/** Move the open input window's deadline to a later one. */
public record ExtendInputWindow(@TargetAggregateIdentifier DocumentId documentId, Deadline deadline,
                                Instant occurredAt) {

    public ExtendInputWindow {
        Fields.required(documentId, "id");
        Fields.required(deadline, "deadline");
        RecordableTime.instant(occurredAt, "occurredAt");
        RecordableTime.deadline(deadline, occurredAt, "deadline");
    }
}
