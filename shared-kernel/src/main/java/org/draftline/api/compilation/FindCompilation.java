package org.draftline.api.compilation;

import org.draftline.api.RecordableText;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;

/**
 * The compilation text of a version: each paragraph with every proposal on it, attributed, in the order
 * received, and whether the next version took it up; optionally one paragraph's or one delegation's
 * (acting or spoken for). Answers an optional {@link Compilation}.
 */
public record FindCompilation(DocumentId documentId, DraftLabel label, String paragraph, Delegation delegation) {

    public FindCompilation {
        paragraph = RecordableText.of(paragraph, "paragraph");
    }
}
