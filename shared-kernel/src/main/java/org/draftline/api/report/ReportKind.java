package org.draftline.api.report;

/** The reports generated from the record. */
public enum ReportKind {
    /** A document's summary and every step in the record's order. */
    TIMELINE,
    /** Delegations by draft version: input, proposals, take-up, silence breaks. */
    PARTICIPATION,
    /** Every silence procedure: deadline, extensions, breaks, outcome. */
    SILENCE,
    /** Every entry of a document's audit trail, filtered as the history endpoint filters it. */
    AUDIT_TRAIL,
    /** Everything one delegation did, across documents. */
    DELEGATION_ACTIVITY
}
