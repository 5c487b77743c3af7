package org.draftline.api.reading;

/**
 * Where a paragraph of a draft stands after a reading: agreed ad referendum (subject to the capitals'
 * confirmation), still in square brackets with alternative wordings, not yet read, or agreed to be deleted.
 */
public enum ReadingStatus {
    AGREED_AD_REF,
    BRACKETED,
    PENDING,
    DELETED_AD_REF
}
