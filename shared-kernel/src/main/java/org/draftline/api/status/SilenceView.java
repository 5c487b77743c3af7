package org.draftline.api.status;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.silence.SilenceOutcome;

import java.time.Instant;
import java.util.List;

/** The latest silence procedure on a document: running, or concluded with its outcome. */
public record SilenceView(int procedure, DraftLabel onDraft, boolean running, DeadlineView deadline, int extensions,
                          List<Break> breaks, SilenceOutcome outcome, Instant startedAt, Instant concludedAt) {

    /** A delegation's written objection, possibly speaking for a group. */
    public record Break(Delegation delegation, Delegation onBehalfOf, String reason, Instant occurredAt) {
    }
}
