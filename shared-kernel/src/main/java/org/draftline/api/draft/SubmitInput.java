package org.draftline.api.draft;

import org.draftline.api.InvalidValue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;

import java.time.Instant;
import java.util.List;

/**
 * A delegation's written input on a named draft version: comments and paragraph proposals, in its own
 * name, or as the statement of the group named in {@code onBehalfOf}.
 */
public record SubmitInput(@TargetAggregateIdentifier DocumentId documentId, DraftLabel onDraft, Delegation delegation,
                          Delegation onBehalfOf, String comments, List<Proposal> proposals, Instant occurredAt) {

    public SubmitInput {
        Fields.required(documentId, "id");
        Fields.required(onDraft, "onDraft");
        Fields.required(delegation, "delegation");
        comments = Fields.optionalText(comments, "comments");
        proposals = Fields.list(proposals, "proposals");
        RecordableTime.instant(occurredAt, "occurredAt");
        if (comments == null && proposals.isEmpty()) {
            throw new InvalidValue("comments: input needs comments or at least one proposal");
        }
    }
}
