package org.draftline.api.meeting;

public enum MeetingKind {
    INFORMAL_MEETING, READING, CONSULTATION, MULTI_STAKEHOLDER_HEARING, BRIEFING
}
