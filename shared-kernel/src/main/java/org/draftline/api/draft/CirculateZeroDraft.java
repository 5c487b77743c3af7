package org.draftline.api.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Deadline;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.time.Instant;

/** The co-facilitators circulate the first text, optionally opening a window for written input. */
public record CirculateZeroDraft(@TargetAggregateIdentifier DocumentId documentId, String text,
                                 Deadline inputDeadline, Instant occurredAt) {

    public CirculateZeroDraft {
        Fields.required(documentId, "id");
        text = Fields.text(text, "text");
        RecordableTime.instant(occurredAt, "occurredAt");
        RecordableTime.deadline(inputDeadline, occurredAt, "inputDeadline");
        DraftText.parse(text);
    }
}
