package org.draftline.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;

import java.time.Instant;

/** The secretariat changes a scheduled segment: it then reads as {@code segment} in full. */
public record ChangeSegment(@TargetAggregateIdentifier MeetingId meetingId, Segment segment, Instant occurredAt) {

    public ChangeSegment {
        Fields.required(meetingId, "id");
        Fields.required(segment, "segment");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
