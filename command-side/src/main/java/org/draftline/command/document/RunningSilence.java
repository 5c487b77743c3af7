package org.draftline.command.document;

import org.draftline.api.Deadline;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.draft.DraftLabel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The silence procedure that is running on a document, as the aggregate needs it to judge the next act. */
final class RunningSilence {

    final int procedure;
    final DraftLabel onDraft;
    Deadline deadline;
    final List<Delegation> brokenBy = new ArrayList<>();

    RunningSilence(int procedure, DraftLabel onDraft, Deadline deadline) {
        this.procedure = procedure;
        this.onDraft = onDraft;
        this.deadline = deadline;
    }

    boolean isBroken() {
        return !brokenBy.isEmpty();
    }

    /** Whether an act dated {@code at} falls after the procedure ended by itself. */
    boolean isOverBy(Instant at) {
        return !deadline.admits(at);
    }
}
