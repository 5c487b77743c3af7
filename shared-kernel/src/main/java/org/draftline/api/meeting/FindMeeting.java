package org.draftline.api.meeting;

/** One meeting. Answers an optional {@link MeetingView}. */
public record FindMeeting(MeetingId meetingId) {
}
