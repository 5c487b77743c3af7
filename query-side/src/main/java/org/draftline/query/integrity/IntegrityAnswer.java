package org.draftline.query.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.draftline.api.integrity.IntegrityCheck;
import org.draftline.query.history.HistoryCheck;
import org.draftline.query.inputs.InputCheck;

import java.util.Optional;

/**
 * The integrity endpoint's answer: the event store's check as it is, and whether the audit trail the
 * history endpoint and the reports read still says what the events say.
 */
record IntegrityAnswer(@JsonUnwrapped IntegrityCheck check, ReadModels readModels) {

    /**
     * @param agree   every read model checked agrees with the events
     * @param history the audit trail ({@code history_entry}), what the reports and the export print
     * @param inputs  the member-state input ({@code member_state_input}), what the inputs endpoint serves
     */
    record ReadModels(boolean agree, ReadModel history, ReadModel inputs) {

        ReadModels(ReadModel history, ReadModel inputs) {
            this(history.agree() && inputs.agree(), history, inputs);
        }
    }

    /**
     * @param agree    the read model's rows are exactly what its projection makes of the events
     * @param sequence the first sequence where they part, when they do
     * @param detail   the same in a sentence
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReadModel(boolean agree, Long sequence, String detail) {

        static ReadModel of(Optional<HistoryCheck.Disagreement> history) {
            return history.map(d -> new ReadModel(false, d.sequence(), d.detail())).orElse(AGREES);
        }

        static ReadModel ofInputs(Optional<InputCheck.Disagreement> inputs) {
            return inputs.map(d -> new ReadModel(false, d.sequence(), d.detail())).orElse(AGREES);
        }

        private static final ReadModel AGREES = new ReadModel(true, null, null);
    }
}
