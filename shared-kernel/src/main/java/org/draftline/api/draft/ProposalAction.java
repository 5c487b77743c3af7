package org.draftline.api.draft;

public enum ProposalAction {
    AMEND, INSERT_AFTER, DELETE
}
