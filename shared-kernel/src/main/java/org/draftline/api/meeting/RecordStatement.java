package org.draftline.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.RecordableTime;
import org.draftline.api.delegation.Delegation;

import java.time.Instant;

/**
 * The secretariat records a statement as it was made: who spoke ({@code delegation}), for whom (itself, or
 * {@code onBehalfOf} a group), from {@code startedAt} to {@code endedAt}.
 */
public record RecordStatement(@TargetAggregateIdentifier MeetingId meetingId, String segment, Delegation delegation,
                              Delegation onBehalfOf, Instant startedAt, Instant endedAt) {

    public RecordStatement {
        Fields.required(meetingId, "id");
        segment = Segment.checkedId(segment, "segment");
        Fields.required(delegation, "delegation");
        RecordableTime.instant(Fields.required(startedAt, "startedAt"), "startedAt");
        RecordableTime.instant(Fields.required(endedAt, "endedAt"), "endedAt");
        if (!endedAt.isAfter(startedAt)) {
            throw new InvalidValue("endedAt: " + endedAt + " is not after startedAt (" + startedAt + ")");
        }
    }
}
