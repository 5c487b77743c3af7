package org.draftline.api.silence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.Proposal;

import java.time.Instant;
import java.util.List;

/** A delegation objects in writing to the text under silence, giving its reason. */
public record BreakSilence(@TargetAggregateIdentifier DocumentId documentId, Delegation delegation,
                           Delegation onBehalfOf, String reason, List<Proposal> proposals, Instant occurredAt) {

    public BreakSilence {
        Fields.required(documentId, "id");
        Fields.required(delegation, "delegation");
        reason = Fields.text(reason, "reason");
        proposals = Fields.list(proposals, "proposals");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
