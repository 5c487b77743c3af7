package org.draftline.api.document;

import org.draftline.api.InvalidValue;
import org.draftline.api.Recorded;

/** The counts of a recorded vote. */
public record Votes(int yes, int no, int abstain) {

    public Votes {
        if (!Recorded.isBeingRead()) {
            check(yes, no, abstain);
        }
    }

    private static void check(int yes, int no, int abstain) {
        if (yes < 0 || no < 0 || abstain < 0) {
            throw new InvalidValue("votes: counts cannot be negative");
        }
        if (yes + no + abstain > 200) {
            throw new InvalidValue("votes: more votes than delegations entitled to vote");
        }
    }
}
