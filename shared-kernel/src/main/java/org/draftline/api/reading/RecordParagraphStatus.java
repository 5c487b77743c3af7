package org.draftline.api.reading;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The co-facilitators record, after a reading of a draft version, where some of its paragraphs stand. */
public record RecordParagraphStatus(@TargetAggregateIdentifier DocumentId documentId, DraftLabel onDraft,
                                    List<ParagraphStatus> paragraphs, Instant occurredAt) {

    public RecordParagraphStatus {
        Fields.required(documentId, "id");
        Fields.required(onDraft, "onDraft");
        paragraphs = Fields.nonEmpty(paragraphs, "paragraphs");
        RecordableTime.instant(occurredAt, "occurredAt");
        Set<String> seen = new HashSet<>();
        for (ParagraphStatus status : paragraphs) {
            if (!seen.add(status.paragraph())) {
                throw new InvalidValue("paragraphs[].paragraph: " + status.paragraph() + " is given twice");
            }
        }
    }
}
