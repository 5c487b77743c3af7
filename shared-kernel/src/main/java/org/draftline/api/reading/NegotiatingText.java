package org.draftline.api.reading;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.draft.DraftLabel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A draft version as negotiators read it during readings: every paragraph with its status, the alternative
 * wordings of a bracketed one and who supports each, and how much of the version is agreed.
 *
 * @param paragraphs in the version's order
 */
public record NegotiatingText(DraftLabel label, String name, Instant circulatedAt, String title, String chapeau,
                              List<NegotiatedParagraph> paragraphs, ReadingSummary summary) {

    /**
     * One paragraph: its wording as circulated and where it stands. {@code since} is when its status was set
     * (null while pending), {@code carriedFrom} the earlier version's paragraph whose status it kept, if any
     * ({@code "zero:PP3"}).
     */
    public record NegotiatedParagraph(String paragraph, String text, ReadingStatus status,
                                      List<Alternative> alternatives, Instant since, String carriedFrom) {

        public NegotiatedParagraph {
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }
    }

    /** How many bracketed paragraphs each delegation or group holds (supports an alternative of), by code. */
    public Map<Delegation, Integer> bracketsHeld() {
        Map<Delegation, Integer> held = new TreeMap<>((a, b) -> a.code().compareTo(b.code()));
        for (NegotiatedParagraph paragraph : paragraphs) {
            if (paragraph.status() == ReadingStatus.BRACKETED) {
                paragraph.alternatives().stream().flatMap(alternative -> alternative.supportedBy().stream())
                        .distinct().forEach(holder -> held.merge(holder, 1, Integer::sum));
            }
        }
        return held;
    }
}
