package org.draftline.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.delegation.Delegation;

import java.time.Instant;

/**
 * The acting delegation inscribes on a segment's list of speakers, for itself or ({@code onBehalfOf}) for a
 * group it is mandated to speak for, at the level at which it will be represented.
 */
public record InscribeSpeaker(@TargetAggregateIdentifier MeetingId meetingId, String segment, Delegation onBehalfOf,
                              RepresentationLevel level, Instant occurredAt) {

    public InscribeSpeaker {
        Fields.required(meetingId, "id");
        segment = Segment.checkedId(segment, "segment");
        Fields.required(level, "level");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
