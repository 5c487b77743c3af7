package org.draftline.api.rules;

/**
 * The rules a command can break, each with a stable code that clients depend on, and the kind of
 * refusal it is (which HTTP status it becomes).
 */
public enum NegotiationRule {
    NOT_SECRETARIAT(Refusal.FORBIDDEN),
    NOT_A_CO_FACILITATOR(Refusal.FORBIDDEN),
    NOT_SECRETARIAT_OR_CO_FACILITATOR(Refusal.FORBIDDEN),
    NOT_A_DELEGATE(Refusal.FORBIDDEN),
    NOT_YOUR_DELEGATION(Refusal.FORBIDDEN),
    /** An observer asked for what a members-only document keeps to delegations and the secretariat. */
    MEMBERS_ONLY(Refusal.FORBIDDEN),
    NOT_A_GROUP(Refusal.INVALID),
    NOT_MANDATED_FOR_GROUP(Refusal.FORBIDDEN),
    UNKNOWN_GROUP(Refusal.NOT_FOUND),
    MANDATE_ALREADY_RECORDED(Refusal.CONFLICT),
    DOCUMENT_EXISTS(Refusal.CONFLICT),
    UNKNOWN_DOCUMENT(Refusal.NOT_FOUND),
    UNKNOWN_DRAFT(Refusal.NOT_FOUND),
    UNKNOWN_PARAGRAPH(Refusal.INVALID),
    /** Every paragraph named already has the status given: a reading that changed nothing records nothing. */
    PARAGRAPH_STATUS_UNCHANGED(Refusal.CONFLICT),
    WRONG_STAGE(Refusal.CONFLICT),
    ALREADY_ADOPTED(Refusal.CONFLICT),
    DOCUMENT_WITHDRAWN(Refusal.CONFLICT),
    CO_FACILITATORS_ALREADY_APPOINTED(Refusal.CONFLICT),
    NO_CO_FACILITATORS(Refusal.CONFLICT),
    SAME_CO_FACILITATORS(Refusal.CONFLICT),
    SAME_VISIBILITY(Refusal.CONFLICT),
    /** A rebuild of the read models was asked for while one still runs. */
    REBUILD_RUNNING(Refusal.CONFLICT),
    DRAFT_SUPERSEDED(Refusal.CONFLICT),
    INPUT_WINDOW_CLOSED(Refusal.CONFLICT),
    INPUT_WINDOW_NOT_OPEN(Refusal.CONFLICT),
    INPUT_WINDOW_ALREADY_OPEN(Refusal.CONFLICT),
    SILENCE_RUNNING(Refusal.CONFLICT),
    SILENCE_NOT_RUNNING(Refusal.CONFLICT),
    SILENCE_ON_ZERO_DRAFT(Refusal.CONFLICT),
    ALREADY_BROKE_SILENCE(Refusal.CONFLICT),
    CO_FACILITATOR_CANNOT_BREAK_SILENCE(Refusal.CONFLICT),
    DEADLINE_PASSED(Refusal.CONFLICT),
    DEADLINE_NOT_REACHED(Refusal.CONFLICT),
    DEADLINE_NOT_AFTER_START(Refusal.CONFLICT),
    DEADLINE_NOT_LATER(Refusal.CONFLICT),
    OCCURRED_BEFORE_LAST_STEP(Refusal.CONFLICT),
    OCCURRED_IN_FUTURE(Refusal.CONFLICT),
    ONLY_SECRETARIAT_RECORDS_THE_PAST(Refusal.FORBIDDEN),
    SILENCE_NOTICE_TOO_SHORT(Refusal.CONFLICT),
    DEADLINE_TOO_FAR(Refusal.INVALID),
    MEETING_EXISTS(Refusal.CONFLICT),
    UNKNOWN_MEETING(Refusal.NOT_FOUND),
    UNKNOWN_SEGMENT(Refusal.NOT_FOUND),
    SEGMENT_EXISTS(Refusal.CONFLICT),
    /** A segment's times fall outside the meeting's days. */
    SEGMENT_OUTSIDE_MEETING(Refusal.CONFLICT),
    /** Opening and closing segments have named speakers, not a list to inscribe on. */
    NO_LIST_OF_SPEAKERS(Refusal.CONFLICT),
    /** The list of a segment closes when the segment ends. */
    LIST_OF_SPEAKERS_CLOSED(Refusal.CONFLICT),
    ALREADY_INSCRIBED(Refusal.CONFLICT),
    NOT_INSCRIBED(Refusal.CONFLICT),
    ALREADY_SPOKE(Refusal.CONFLICT);

    private final Refusal refusal;

    NegotiationRule(Refusal refusal) {
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public enum Refusal {
        /** The request itself is not acceptable (400). */
        INVALID,
        /** This user or delegation may not do this (403). */
        FORBIDDEN,
        /** The document or version does not exist (404). */
        NOT_FOUND,
        /** The negotiation's rules refuse the move at this point (409). */
        CONFLICT
    }
}
