package org.draftline.api.compilation;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.ProposalAction;

import java.time.Instant;
import java.util.List;

/**
 * A version's compilation text.
 *
 * @param nextVersion the version take-up is judged against; null while none has followed
 * @param takeUp      per delegation (a group statement counts for the group), how much of its input the next
 *                    version reflected
 */
public record Compilation(DraftLabel label, String name, DraftLabel nextVersion, List<CompiledParagraph> paragraphs,
                          List<DelegationTakeUp> takeUp) {

    public record CompiledParagraph(String label, String text, List<CompiledProposal> proposals) {
    }

    /**
     * One proposal, attributed to the delegation that delivered it and the group it spoke for.
     *
     * @param source {@code INPUT} or {@code SILENCE_BREAK}
     * @param takeUp null while no next version exists
     */
    public record CompiledProposal(long sequence, String source, Delegation delegation, Delegation onBehalfOf,
                                   ProposalAction action, String text, Instant occurredAt, TakeUp takeUp) {
    }

    public record DelegationTakeUp(Delegation delegation, int proposals, int reflected, int partlyReflected,
                                   int notReflected, int superseded) {
    }
}
