package org.draftline.api.meeting;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as the record shows it: its programme, each list of speakers in speaking order, and the
 * statements made, in the order they ended. {@code sequence} is the meeting's last event read.
 */
public record MeetingView(MeetingId id, String title, DocumentId organizedBy, LocalDate startsOn, LocalDate endsOn,
                          String venue, TimeLimits timeLimits, List<Segment> segments, List<Speaker> speakers,
                          List<Statement> statements, long sequence) {

    /** The segment of that id, if the programme holds one. */
    public java.util.Optional<Segment> segment(String segmentId) {
        return segments.stream().filter(segment -> segment.id().equals(segmentId)).findFirst();
    }

    /**
     * A place on a segment's list of speakers: {@code position} counts from 1 in speaking order (level of
     * representation, then order of inscription); {@code spoken} once its statement is recorded.
     */
    public record Speaker(String segment, int position, Delegation delegation, String delegationName,
                          Delegation onBehalfOf, String onBehalfOfName, RepresentationLevel level, int inscription,
                          Instant inscribedAt, boolean spoken) {
    }

    /** A statement made, with the time it used against its limit. */
    public record Statement(String segment, Delegation delegation, String delegationName, Delegation onBehalfOf,
                            String onBehalfOfName, Instant startedAt, Instant endedAt, Duration used,
                            Duration limit, boolean overLimit) {
    }
}
