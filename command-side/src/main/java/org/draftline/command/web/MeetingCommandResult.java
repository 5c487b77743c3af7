package org.draftline.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.draftline.api.meeting.AwaitMeeting;
import org.draftline.api.meeting.MeetingId;

import java.net.URI;
import java.time.Duration;

/**
 * The answer to a meeting's command: which meeting and its event sequence after the command; for a recorded
 * statement also the time it used, its limit and whether it ran over.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MeetingCommandResult(String meetingId, long sequence, Duration used, Duration limit, Boolean overLimit)
        implements CommandAnswer {

    MeetingCommandResult(String meetingId, long sequence) {
        this(meetingId, sequence, null, null, null);
    }

    @Override
    public Object awaitQuery(Duration timeout) {
        return new AwaitMeeting(MeetingId.of(meetingId), sequence, timeout);
    }

    @Override
    public URI location() {
        return URI.create("/api/meetings/" + meetingId);
    }
}
