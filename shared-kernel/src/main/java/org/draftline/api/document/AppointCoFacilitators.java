package org.draftline.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;

import java.time.Instant;
import java.util.List;

/** The President of the General Assembly appoints the co-facilitators, usually by letter. */
public record AppointCoFacilitators(@TargetAggregateIdentifier DocumentId documentId,
                                    List<CoFacilitator> coFacilitators, String letter, Instant occurredAt) {

    public AppointCoFacilitators {
        Fields.required(documentId, "id");
        coFacilitators = CoFacilitator.distinct(coFacilitators);
        letter = Fields.optionalText(letter, "letter");
        RecordableTime.instant(occurredAt, "occurredAt");
    }
}
