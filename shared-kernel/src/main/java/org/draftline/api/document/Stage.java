package org.draftline.api.document;

/** Where a document stands in its negotiation; the names are part of the public API. */
public enum Stage {
    REGISTERED,
    CO_FACILITATORS_APPOINTED,
    ZERO_DRAFT,
    REVISED_DRAFT,
    UNDER_SILENCE,
    SILENCE_BROKEN,
    SILENCE_PASSED,
    FINAL_DRAFT,
    CONSENSUS,
    ADOPTED,
    WITHDRAWN;

    public boolean isClosed() {
        return this == ADOPTED || this == WITHDRAWN;
    }
}
