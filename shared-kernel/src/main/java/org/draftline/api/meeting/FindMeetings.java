package org.draftline.api.meeting;

/** Every meeting on record, soonest first. Answers a list of {@link MeetingSummary}. */
public record FindMeetings() {
}
