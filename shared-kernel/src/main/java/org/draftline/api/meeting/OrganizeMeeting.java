package org.draftline.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The secretariat puts a meeting on the record: its title, the document whose modalities organize it, its
 * days (both included), venue and the time limits of statements.
 */
public record OrganizeMeeting(@TargetAggregateIdentifier MeetingId meetingId, String title, DocumentId organizedBy,
                              LocalDate startsOn, LocalDate endsOn, String venue, TimeLimits timeLimits,
                              Instant occurredAt) {

    public OrganizeMeeting {
        Fields.required(meetingId, "id");
        title = Fields.text(title, "title");
        Fields.required(organizedBy, "organizedBy");
        RecordableTime.day(Fields.required(startsOn, "startsOn"), "startsOn");
        RecordableTime.day(Fields.required(endsOn, "endsOn"), "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidValue("endsOn: " + endsOn + " is before startsOn (" + startsOn + ")");
        }
        venue = Fields.optionalText(venue, "venue");
        Fields.required(timeLimits, "timeLimits");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
