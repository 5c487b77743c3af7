package org.draftline.api.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Deadline;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.time.Instant;

/** The co-facilitators circulate a complete new text; the aggregate numbers it Rev.1, Rev.2, ... */
public record CirculateRevisedDraft(@TargetAggregateIdentifier DocumentId documentId, String text,
                                    Deadline inputDeadline, Instant occurredAt) {

    public CirculateRevisedDraft {
        Fields.required(documentId, "id");
        text = Fields.text(text, "text");
        RecordableTime.instant(occurredAt, "occurredAt");
        RecordableTime.deadline(inputDeadline, occurredAt, "inputDeadline");
        DraftText.parse(text);
    }
}
