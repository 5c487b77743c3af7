package org.draftline.api.silence;

import org.draftline.api.InvalidValue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.document.DocumentId;

/**
 * Conclude a silence procedure whose deadline has come: sent by the deadline Draftline scheduled. The
 * procedure number makes a stale deadline (of a procedure already concluded) harmless.
 */
public record ConcludeSilence(@TargetAggregateIdentifier DocumentId documentId, int procedure) {

    public ConcludeSilence {
        Fields.required(documentId, "id");
        if (procedure < 1) {
            throw new InvalidValue("procedure: numbered from 1");
        }
    }
}
