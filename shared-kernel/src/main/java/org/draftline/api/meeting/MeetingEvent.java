package org.draftline.api.meeting;

import org.axonframework.serialization.Revision;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Every fact recorded about a meeting (the {@code Meeting} aggregate, keyed by its id). Each carries
 * {@code occurredAt}, the real-world time; the actor travels with the message. Events are facts forever:
 * change one only by adding a new event or an upcaster.
 */
public sealed interface MeetingEvent {

    MeetingId meetingId();

    Instant occurredAt();

    @Revision("1")
    record MeetingOrganized(MeetingId meetingId, String title, DocumentId organizedBy, LocalDate startsOn,
                            LocalDate endsOn, String venue, TimeLimits timeLimits, Instant occurredAt)
            implements MeetingEvent {
    }

    @Revision("1")
    record SegmentScheduled(MeetingId meetingId, Segment segment, Instant occurredAt) implements MeetingEvent {
    }

    /** The segment now reads as {@code segment} in full. */
    @Revision("1")
    record SegmentChanged(MeetingId meetingId, Segment segment, Instant occurredAt) implements MeetingEvent {
    }

    /**
     * {@code delegation} inscribed on {@code segment}'s list for itself ({@code onBehalfOf} null) or for a
     * group; {@code inscription} numbers the segment's inscriptions from 1, which orders speakers of one level.
     */
    @Revision("1")
    record SpeakerInscribed(MeetingId meetingId, String segment, Delegation delegation, Delegation onBehalfOf,
                            RepresentationLevel level, int inscription, Instant occurredAt) implements MeetingEvent {
    }

    /** A statement as made; {@code occurredAt} is its end. */
    @Revision("1")
    record StatementRecorded(MeetingId meetingId, String segment, Delegation delegation, Delegation onBehalfOf,
                             Instant startedAt, Duration used, Duration limit, boolean overLimit, Instant occurredAt)
            implements MeetingEvent {
    }
}
