package org.draftline.query.redline;

import org.draftline.api.draft.Paragraph;
import org.draftline.api.draft.UnchangedWording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which paragraph of a later version each paragraph of an earlier one became, judged by wording, not by
 * number. Identical wording matches first, then the most alike pairs above a threshold; preambular
 * paragraphs match only preambular ones, operative only operative. A paragraph is moved when it left the
 * order of the others (found as the longest run of matches that kept their order).
 */
final class ParagraphMatching {

    /** Below this, two paragraphs are different paragraphs, not versions of one. */
    static final double SAME_PARAGRAPH = 0.5;
    /** A deleted paragraph whose words went this far into another was merged into it. */
    static final double MERGED = 0.7;

    record Match(Paragraph from, Paragraph to, double similarity) {
    }

    private final List<Paragraph> from;
    private final List<Paragraph> to;
    private final Map<String, Match> byFromLabel = new HashMap<>();
    private final Map<String, Match> byToLabel = new HashMap<>();
    private final Set<String> moved = new HashSet<>();

    ParagraphMatching(List<Paragraph> from, List<Paragraph> to) {
        this.from = from;
        this.to = to;
        matchIdentical();
        matchAlike();
        findMoved();
    }

    private void matchIdentical() {
        UnchangedWording.laterToEarlier(from, to).forEach((laterLabel, earlier) -> to.stream()
                .filter(later -> later.label().equals(laterLabel)).findFirst()
                .ifPresent(later -> pair(new Match(earlier, later, 1))));
    }

    private void matchAlike() {
        List<Match> candidates = new ArrayList<>();
        for (Paragraph earlier : from) {
            if (byFromLabel.containsKey(earlier.label())) {
                continue;
            }
            for (Paragraph later : to) {
                if (!byToLabel.containsKey(later.label()) && sameKind(earlier, later)) {
                    double similarity = Wording.similarity(earlier.text(), later.text());
                    if (similarity >= SAME_PARAGRAPH) {
                        candidates.add(new Match(earlier, later, similarity));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Match::similarity).reversed());
        for (Match candidate : candidates) {
            if (!byFromLabel.containsKey(candidate.from().label()) && !byToLabel.containsKey(candidate.to().label())) {
                pair(candidate);
            }
        }
    }

    private void pair(Match match) {
        byFromLabel.put(match.from().label(), match);
        byToLabel.put(match.to().label(), match);
    }

    /** Matches outside the longest sequence that kept its order moved. */
    private void findMoved() {
        List<Match> inLaterOrder = new ArrayList<>();
        for (Paragraph later : to) {
            Match match = byToLabel.get(later.label());
            if (match != null) {
                inLaterOrder.add(match);
            }
        }
        int[] earlierIndex = inLaterOrder.stream().mapToInt(match -> from.indexOf(match.from())).toArray();
        Set<Integer> keptOrder = longestIncreasing(earlierIndex);
        for (int index = 0; index < inLaterOrder.size(); index++) {
            if (!keptOrder.contains(index)) {
                moved.add(inLaterOrder.get(index).to().label());
            }
        }
    }

    private static Set<Integer> longestIncreasing(int[] values) {
        int[] length = new int[values.length];
        int[] previous = new int[values.length];
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (values[j] < values[i] && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        Set<Integer> indices = new HashSet<>();
        for (int i = best; i >= 0; i = previous[i]) {
            indices.add(i);
        }
        return indices;
    }

    private static boolean sameKind(Paragraph earlier, Paragraph later) {
        return UnchangedWording.sameKind(earlier, later);
    }

    Optional<Match> ofEarlier(String label) {
        return Optional.ofNullable(byFromLabel.get(label));
    }

    Optional<Match> ofLater(String label) {
        return Optional.ofNullable(byToLabel.get(label));
    }

    boolean isMoved(String laterLabel) {
        return moved.contains(laterLabel);
    }

    /** For a deleted paragraph: the later paragraph that took most of its words, if it took enough. */
    Optional<Paragraph> mergedInto(Paragraph deleted) {
        Paragraph best = null;
        double bestShare = 0;
        for (Paragraph later : to) {
            double share = Wording.containment(deleted.text(), later.text());
            if (share > bestShare) {
                best = later;
                bestShare = share;
            }
        }
        return bestShare >= MERGED ? Optional.of(best) : Optional.empty();
    }

    List<Paragraph> earlier() {
        return from;
    }

    List<Paragraph> later() {
        return to;
    }
}
