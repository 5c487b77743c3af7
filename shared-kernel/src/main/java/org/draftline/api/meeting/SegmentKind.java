package org.draftline.api.meeting;

/** The parts of a meeting's programme. Plenary meetings and panels have a list of speakers. */
public enum SegmentKind {
    OPENING, PLENARY, PANEL, CLOSING;

    public boolean hasListOfSpeakers() {
        return this == PLENARY || this == PANEL;
    }
}
