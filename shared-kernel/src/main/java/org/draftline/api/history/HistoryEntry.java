package org.draftline.api.history;

import org.draftline.api.delegation.Delegation;

import java.time.Instant;
import java.util.Map;

/**
 * One act on the record: when it happened and when it was recorded, who did it for which delegation,
 * a one-line summary, and the event's own fields as details. {@code recordedBy} names the secretariat's
 * user who recorded the act for the delegation that performed it, or is null when the actor recorded it;
 * {@code person} the person who acted, where known.
 */
public record HistoryEntry(long sequence, String type, Instant occurredAt, Instant recordedAt, String actor,
                           String role, Delegation delegation, Delegation onBehalfOf, String summary,
                           Map<String, Object> details, String recordedBy,
                           String person) {

    /**
     * Who acted, as a reader names them: the delegation and the person, "Mexico (H.E. Ms. Anne Dupont)", or
     * the delegation and its account where no person is known; without a delegation the person, else the
     * account. An act the secretariat recorded for a delegation names no account of that delegation.
     */
    public String actedBy() {
        String individual = person != null ? person : recordedBy != null ? null : actor;
        if (delegation == null) {
            return individual == null ? "" : individual;
        }
        return individual == null ? delegation.name() : delegation.name() + " (" + individual + ")";
    }
}
