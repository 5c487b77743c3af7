package org.draftline.query.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.draftline.api.integrity.IntegrityCheck;
import org.draftline.query.history.HistoryCheck;

/**
 * The integrity endpoint's answer: the event store's check as it is, and whether the audit trail the
 * history endpoint and the reports read still says what the events say.
 */
record IntegrityAnswer(@JsonUnwrapped IntegrityCheck check, ReadModels readModels) {

    /**
     * @param agree    the history read model's rows are exactly what its projection makes of the events
     * @param sequence the first sequence where they part, when they do
     * @param detail   the same in a sentence
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReadModels(boolean agree, Long sequence, String detail) {

        static ReadModels of(HistoryCheck.Disagreement disagreement) {
            return disagreement == null ? new ReadModels(true, null, null)
                    : new ReadModels(false, disagreement.sequence(), disagreement.detail());
        }
    }
}
