package org.draftline.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.time.Instant;
import java.time.LocalDate;

/** An informal meeting, reading, consultation, hearing or briefing: a milestone, not a text change. */
public record RecordMeeting(@TargetAggregateIdentifier DocumentId documentId, MeetingKind kind, String title,
                            LocalDate heldOn, String summary, Instant occurredAt) {

    public RecordMeeting {
        Fields.required(documentId, "id");
        Fields.required(kind, "kind");
        title = Fields.text(title, "title");
        RecordableTime.day(Fields.required(heldOn, "heldOn"), "heldOn");
        summary = Fields.optionalText(summary, "summary");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
