package org.draftline.api.feed;

import org.draftline.api.InvalidValue;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;

/**
 * Every deadline (silence procedures, windows for written input) of one document, or of the documents one
 * delegation takes part in (it acted on them, by itself or spoken for, or was appointed co-facilitator),
 * for a calendar. Answers {@link Deadlines}.
 */
public record FindDeadlines(DocumentId documentId, Delegation delegation) {

    public FindDeadlines {
        if ((documentId == null) == (delegation == null)) {
            throw new InvalidValue("document: the deadlines of one document or of one delegation");
        }
    }
}
