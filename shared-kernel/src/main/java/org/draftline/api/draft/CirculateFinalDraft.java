package org.draftline.api.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.time.Instant;

/** The co-facilitators circulate the agreed text as final. */
public record CirculateFinalDraft(@TargetAggregateIdentifier DocumentId documentId, String text, Instant occurredAt) {

    public CirculateFinalDraft {
        Fields.required(documentId, "id");
        text = Fields.text(text, "text");
        RecordableTime.instant(occurredAt, "occurredAt");
        DraftText.parse(text);
    }
}
