package org.draftline.api.document;

public enum AdoptionMethod {
    WITHOUT_A_VOTE, RECORDED_VOTE
}
