package org.draftline.api.reading;

import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.Recorded;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.draft.Proposal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A paragraph's status after a reading. A bracketed paragraph names its alternative wordings, each held by
 * the delegations or groups that support it; any other status carries none.
 */
public record ParagraphStatus(String paragraph, ReadingStatus status, List<Alternative> alternatives) {

    public ParagraphStatus {
        if (!Recorded.isBeingRead()) {
            paragraph = Proposal.label(Fields.text(paragraph, "paragraphs[].paragraph"));
            Fields.required(status, "paragraphs[].status");
            alternatives = Fields.list(alternatives, "paragraphs[].alternatives");
            if (status == ReadingStatus.BRACKETED && alternatives.isEmpty()) {
                throw new InvalidValue("paragraphs[].alternatives: a BRACKETED paragraph names at least one "
                        + "alternative wording and who supports it");
            }
            if (status != ReadingStatus.BRACKETED && !alternatives.isEmpty()) {
                throw new InvalidValue("paragraphs[].alternatives: only a BRACKETED paragraph has alternatives; "
                        + paragraph + " is " + status);
            }
        }
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** A paragraph no reading has settled yet. */
    public static ParagraphStatus pending(String paragraph) {
        return new ParagraphStatus(paragraph, ReadingStatus.PENDING, List.of());
    }

    /** The same status under the label the paragraph has in a later version. */
    public ParagraphStatus as(String laterParagraph) {
        return Recorded.read(() -> new ParagraphStatus(laterParagraph, status, alternatives));
    }

    /** The delegations and groups that hold this paragraph's brackets. */
    public Set<Delegation> holders() {
        return alternatives.stream().flatMap(alternative -> alternative.supportedBy().stream())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
