package org.draftline.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;

import java.time.Instant;
import java.util.List;

/** The co-facilitators are replaced: the new list is complete, the earlier one stays on the record. */
public record ReplaceCoFacilitators(@TargetAggregateIdentifier DocumentId documentId,
                                    List<CoFacilitator> coFacilitators, String letter, Instant occurredAt) {

    public ReplaceCoFacilitators {
        Fields.required(documentId, "id");
        coFacilitators = CoFacilitator.distinct(coFacilitators);
        letter = Fields.optionalText(letter, "letter");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
