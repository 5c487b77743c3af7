package org.draftline.query.meetings;

import org.draftline.api.InvalidValue;
import org.draftline.api.meeting.AwaitMeeting;
import org.draftline.api.meeting.FindMeeting;
import org.draftline.api.meeting.MeetingId;
import org.draftline.api.meeting.MeetingView;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.platform.web.NotFound;
import org.draftline.query.progress.ReadGate;

import java.time.Duration;

/** Reading one meeting for an HTTP answer: after {@code minSequence} if asked, 404 for a meeting never organized. */
public final class MeetingReads {

    private MeetingReads() {
    }

    public static MeetingView read(ReadGate reads, String id, Long minSequence, Duration timeout) {
        MeetingId meeting = meetingId(id);
        if (minSequence != null) {
            if (minSequence < 0) {
                throw new InvalidValue("minSequence: numbered from 0");
            }
            reads.answer(new AwaitMeeting(meeting, minSequence, timeout), Boolean.class);
        }
        return reads.answerOptional(new FindMeeting(meeting), MeetingView.class)
                .orElseThrow(() -> unknown(id));
    }

    /** A segment the request names must be on the programme; none is every segment. */
    static void requireSegment(MeetingView meeting, String segment) {
        if (segment != null && meeting.segment(segment).isEmpty()) {
            throw new NotFound(NegotiationRule.UNKNOWN_SEGMENT.name(), "the programme of '" + meeting.id().value()
                    + "' has no segment '" + segment + "'");
        }
    }

    private static MeetingId meetingId(String id) {
        try {
            return MeetingId.of(id);
        } catch (InvalidValue notASlug) {
            throw unknown(id);
        }
    }

    private static NotFound unknown(String id) {
        return new NotFound(NegotiationRule.UNKNOWN_MEETING.name(), "no meeting '" + id + "' is organized; "
                + "GET /api/meetings lists the meetings");
    }
}
