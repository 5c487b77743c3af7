package org.draftline.api.reading;

import org.draftline.api.Fields;
import org.draftline.api.Recorded;
import org.draftline.api.delegation.Delegation;

import java.util.List;

/** One wording in square brackets for a paragraph, and the delegations or groups that hold it. */
public record Alternative(String text, List<Delegation> supportedBy) {

    public Alternative {
        if (!Recorded.isBeingRead()) {
            text = Fields.text(text, "paragraphs[].alternatives[].text");
            supportedBy = Fields.nonEmpty(supportedBy, "paragraphs[].alternatives[].supportedBy");
            if (supportedBy.stream().distinct().count() < supportedBy.size()) {
                throw new org.draftline.api.InvalidValue("paragraphs[].alternatives[].supportedBy: a delegation is "
                        + "named twice");
            }
        }
        supportedBy = supportedBy == null ? List.of() : List.copyOf(supportedBy);
    }
}
