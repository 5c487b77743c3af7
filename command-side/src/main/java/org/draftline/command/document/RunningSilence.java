package org.draftline.command.document;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.draftline.api.Deadline;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.draft.DraftLabel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The silence procedure that is running on a document, as the aggregate needs it to judge the next act; its
 * fields are part of the document's snapshot.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class RunningSilence {

    final int procedure;
    final DraftLabel onDraft;
    Deadline deadline;
    final List<Delegation> brokenBy;

    RunningSilence(int procedure, DraftLabel onDraft, Deadline deadline) {
        this(procedure, onDraft, deadline, List.of());
    }

    /** As a snapshot recorded it. */
    @JsonCreator
    private RunningSilence(@JsonProperty("procedure") int procedure, @JsonProperty("onDraft") DraftLabel onDraft,
                           @JsonProperty("deadline") Deadline deadline,
                           @JsonProperty("brokenBy") List<Delegation> brokenBy) {
        this.procedure = procedure;
        this.onDraft = onDraft;
        this.deadline = deadline;
        this.brokenBy = new ArrayList<>(brokenBy == null ? List.of() : brokenBy);
    }

    boolean isBroken() {
        return !brokenBy.isEmpty();
    }

    /** Whether an act dated {@code at} falls after the procedure ended by itself. */
    boolean isOverBy(Instant at) {
        return !deadline.admits(at);
    }
}
