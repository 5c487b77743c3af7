package org.draftline.api.history;

import org.draftline.api.Fields;
import org.draftline.api.delegation.Delegation;

/**
 * The documents a delegation takes part in, by id: it acted on them (by itself or spoken for) or was appointed
 * to co-facilitate them, as its calendar counts them. The pages mark them as the documents it follows.
 * Answers a list of {@link org.draftline.api.document.DocumentId}.
 */
public record FindDocumentsTakenPartIn(Delegation delegation) {

    public FindDocumentsTakenPartIn {
        Fields.required(delegation, "delegation");
    }
}
