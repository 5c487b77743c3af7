package org.draftline.api.input;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.Proposal;

import java.time.Instant;
import java.util.List;

public record MemberStateInput(long sequence, DraftLabel onDraft, Delegation delegation, Delegation onBehalfOf,
                               String comments, List<Proposal> proposals, Instant occurredAt, Instant recordedAt,
                               String actor) {
}
