package org.draftline.web.document;

import org.draftline.api.draft.ProposalAction;

/** A paragraph proposal as a sentence: "OP2: amend to read “...”". */
final class Proposals {

    private Proposals() {
    }

    static String describe(String paragraph, ProposalAction action, String text) {
        String quoted = text == null || text.isBlank() ? "" : " \u201c" + text.strip() + "\u201d";
        return paragraph + ": " + switch (action) {
            case AMEND -> "amend to read" + quoted;
            case INSERT_AFTER -> "insert after it" + quoted;
            case DELETE -> "delete it";
        };
    }
}
