package org.draftline.api.silence;

public enum SilenceOutcome {
    /** Nobody objected before the deadline: the text is agreed. */
    PASSED,
    /** At least one delegation broke silence: the text goes back to consultations. */
    BROKEN
}
