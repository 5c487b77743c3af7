package org.draftline.api.status;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.silence.SilenceOutcome;

import java.time.Instant;
import java.util.List;

/** The latest silence procedure on a document: running, or concluded with its outcome. */
public record SilenceView(int procedure, DraftLabel onDraft, boolean running, DeadlineView deadline, int extensions,
                          List<Break> breaks, SilenceOutcome outcome, Instant startedAt, Instant concludedAt) {

    /** The same procedure, its breaks dated but without who broke silence, for whom or why. */
    public SilenceView withoutBreakers() {
        return new SilenceView(procedure, onDraft, running, deadline, extensions,
                breaks.stream().map(b -> new Break(null, null, null, b.occurredAt())).toList(), outcome, startedAt,
                concludedAt);
    }

    /** A delegation's written objection, possibly speaking for a group; who and why are withheld from observers of a members-only document. */
    public record Break(Delegation delegation, Delegation onBehalfOf, String reason, Instant occurredAt) {
    }
}
