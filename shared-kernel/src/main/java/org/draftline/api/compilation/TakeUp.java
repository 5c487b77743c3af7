package org.draftline.api.compilation;

/** Whether the next version of a text reflects a proposal made on this one. */
public enum TakeUp {
    REFLECTED,
    PARTLY_REFLECTED,
    NOT_REFLECTED,
    /** The paragraph the proposal named is gone from the next version. */
    SUPERSEDED
}
