package org.draftline.api.meeting;

import java.time.Duration;

/**
 * Wait, at most {@code timeout}, until the meetings read model has processed a meeting's events up to
 * {@code sequence}. Answers whether it got there.
 */
public record AwaitMeeting(MeetingId meetingId, long sequence, Duration timeout) {
}
