package org.draftline.command.document;

import org.draftline.api.draft.DraftLabel;

import java.time.Instant;

/** The payload of a scheduled input-window deadline: which draft's window, and its deadline. */
record InputWindowDeadlineReached(DraftLabel onDraft, Instant deadline) {
}
