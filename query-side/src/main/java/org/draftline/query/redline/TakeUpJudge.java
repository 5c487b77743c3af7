package org.draftline.query.redline;

import org.draftline.api.compilation.TakeUp;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.Paragraph;
import org.draftline.api.draft.Proposal;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a version reflects the proposals made on the version before it. An amendment is judged by the
 * changes it asked for (words to add, words to remove) that the paragraph's next wording made; an
 * insertion by a new or changed paragraph saying the same; a deletion by the paragraph being gone.
 */
public final class TakeUpJudge {

    static final double FULLY = 0.9;
    static final double PARTLY = 0.3;
    static final double SAME_WORDING = 0.95;

    private final DraftText version;
    private final ParagraphMatching matching;

    public TakeUpJudge(DraftText version, DraftText next) {
        this.version = version;
        this.matching = new ParagraphMatching(version.paragraphs(), next.paragraphs());
    }

    public TakeUp judge(Proposal proposal) {
        Optional<Paragraph> named = version.paragraph(proposal.paragraph());
        if (named.isEmpty()) {
            return TakeUp.NOT_REFLECTED;
        }
        Optional<ParagraphMatching.Match> match = matching.ofEarlier(named.get().label());
        return switch (proposal.action()) {
            case AMEND -> match.map(found -> amendment(named.get().text(), proposal.text(), found.to().text()))
                    .orElse(TakeUp.SUPERSEDED);
            case INSERT_AFTER -> insertion(proposal.text(), match.isPresent());
            case DELETE -> match.isPresent() ? TakeUp.NOT_REFLECTED
                    : matching.mergedInto(named.get()).isPresent() ? TakeUp.PARTLY_REFLECTED : TakeUp.REFLECTED;
        };
    }

    private static TakeUp amendment(String original, String proposed, String next) {
        if (Wording.similarity(proposed, next) >= SAME_WORDING) {
            return TakeUp.REFLECTED;
        }
        Map<String, Integer> before = Wording.counts(original);
        Map<String, Integer> asked = Wording.counts(proposed);
        Map<String, Integer> after = Wording.counts(next);
        int changes = 0;
        int made = 0;
        for (Map.Entry<String, Integer> word : asked.entrySet()) {
            int added = word.getValue() - before.getOrDefault(word.getKey(), 0);
            if (added > 0) {
                changes += added;
                made += Math.min(added, Math.max(0, after.getOrDefault(word.getKey(), 0)
                        - before.getOrDefault(word.getKey(), 0)));
            }
        }
        for (Map.Entry<String, Integer> word : before.entrySet()) {
            int removed = word.getValue() - asked.getOrDefault(word.getKey(), 0);
            if (removed > 0) {
                changes += removed;
                made += Math.min(removed, Math.max(0, word.getValue() - after.getOrDefault(word.getKey(), 0)));
            }
        }
        if (changes == 0) {
            return TakeUp.REFLECTED;
        }
        double share = (double) made / changes;
        return share >= FULLY ? TakeUp.REFLECTED : share >= PARTLY ? TakeUp.PARTLY_REFLECTED : TakeUp.NOT_REFLECTED;
    }

    private TakeUp insertion(String proposed, boolean anchorKept) {
        double best = 0;
        for (Paragraph later : matching.later()) {
            boolean newOrChanged = matching.ofLater(later.label())
                    .map(match -> match.similarity() < 1).orElse(true);
            if (newOrChanged) {
                best = Math.max(best, Wording.similarity(proposed, later.text()));
            }
        }
        if (best >= 0.8) {
            return TakeUp.REFLECTED;
        }
        if (best >= 0.4) {
            return TakeUp.PARTLY_REFLECTED;
        }
        return anchorKept ? TakeUp.NOT_REFLECTED : TakeUp.SUPERSEDED;
    }
}
