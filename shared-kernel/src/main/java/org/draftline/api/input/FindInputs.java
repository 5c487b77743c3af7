package org.draftline.api.input;

import org.draftline.api.RecordableText;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;

/**
 * Member-state input on a document, in the order received, optionally only one delegation's (acting or
 * spoken for), on one draft version, or with a proposal on one paragraph.
 */
public record FindInputs(DocumentId documentId, Delegation delegation, DraftLabel onDraft, String paragraph) {

    public FindInputs {
        paragraph = RecordableText.of(paragraph, "paragraph");
    }
}
