package org.draftline.api.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Deadline;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.time.Instant;

/** Open the window for written input on the current draft, or reopen it after it closed. */
public record OpenInputWindow(@TargetAggregateIdentifier DocumentId documentId, Deadline deadline, Instant occurredAt) {

    public OpenInputWindow {
        Fields.required(documentId, "id");
        Fields.required(deadline, "deadline");
        RecordableTime.instant(occurredAt, "occurredAt");
        RecordableTime.deadline(deadline, occurredAt, "deadline");
    }
}
