package org.draftline.command.document;

import org.draftline.api.Deadline;
import org.draftline.api.draft.DraftLabel;

import java.time.Instant;

/** The window for written input on one draft version. */
record InputWindow(DraftLabel onDraft, Deadline deadline, boolean closed) {

    boolean isOpenAt(Instant at) {
        return !closed && deadline.admits(at);
    }

    boolean isPastDeadlineAt(Instant at) {
        return !closed && !deadline.admits(at);
    }
}
