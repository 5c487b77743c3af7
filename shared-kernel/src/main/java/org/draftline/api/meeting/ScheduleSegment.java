package org.draftline.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;

import java.time.Instant;

/** The secretariat adds a segment to a meeting's programme. */
public record ScheduleSegment(@TargetAggregateIdentifier MeetingId meetingId, Segment segment, Instant occurredAt) {

    public ScheduleSegment {
        Fields.required(meetingId, "id");
        Fields.required(segment, "segment");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
