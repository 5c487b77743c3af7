package org.draftline.api.status;

import org.draftline.api.draft.DraftLabel;

import java.time.Instant;

/** The window for written input on a draft: its deadline and whether it is open. */
public record InputWindowView(DraftLabel onDraft, DeadlineView deadline, boolean open, Instant closedAt) {
}
