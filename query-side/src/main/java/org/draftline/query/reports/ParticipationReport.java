package org.draftline.query.reports;

import org.draftline.api.compilation.Compilation;
import org.draftline.api.compilation.TakeUp;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.ParagraphStatusRecorded;
import org.draftline.api.document.DocumentEvent.ParagraphStatusesCarriedOver;
import org.draftline.api.reading.ParagraphStatus;
import org.draftline.api.reading.ReadingStatus;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.draft.Circulation;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.history.RecordedEvents.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Delegations by draft version: the input each gave, its proposals, how many the next version reflected,
 * its silence breaks, and the brackets it holds once the version's readings are recorded (bracketed paragraphs
 * with an alternative it supports). A group statement counts for the group, and names the delegations that
 * delivered it.
 */
final class ParticipationReport {

    private ParticipationReport() {
    }

    /** One delegation's part on one version. */
    private static final class Part {
        final Set<String> deliveredBy = new TreeSet<>();
        int inputs;
        int proposals;
        final int[] takeUp = new int[TakeUp.values().length];
        int silenceBreaks;
        int bracketsHeld;
    }

    /**
     * @param compilations each version's compilation, for the take-up of its proposals; take-up by a version
     *                     not yet circulated as of the report's date is not counted
     */
    static Report build(DocumentStatus status, List<Recorded> record, Function<DraftLabel, Optional<Compilation>>
            compilations, Instant asOf, Instant generatedAt) {
        Map<DraftLabel, Map<Delegation, Part>> parts = new LinkedHashMap<>();
        Map<Integer, DraftLabel> silenceDrafts = new HashMap<>();
        Set<DraftLabel> circulated = new LinkedHashSet<>();
        Map<DraftLabel, Map<String, ParagraphStatus>> readings = new HashMap<>();
        for (Recorded recorded : record) {
            DocumentEvent event = recorded.event();
            Circulation.of(event).map(Circulation::label).ifPresent(label -> {
                circulated.add(label);
                parts.putIfAbsent(label, new LinkedHashMap<>());
            });
            if (event instanceof SilenceStarted started) {
                silenceDrafts.put(started.procedure(), started.onDraft());
            } else if (event instanceof InputSubmitted input) {
                Part part = part(parts, input.onDraft(), input.delegation(), input.onBehalfOf(),
                        recorded.entry().person());
                part.inputs++;
                part.proposals += input.proposals().size();
            } else if (event instanceof SilenceBroken broken) {
                Part part = part(parts, silenceDrafts.get(broken.procedure()), broken.delegation(),
                        broken.onBehalfOf(), recorded.entry().person());
                part.silenceBreaks++;
                // the amendments that came with a break are proposals on the text under silence, as input's are
                part.proposals += broken.proposals().size();
            } else if (event instanceof ParagraphStatusRecorded reading) {
                reading.paragraphs().forEach(paragraph -> readings.computeIfAbsent(reading.onDraft(),
                        label -> new HashMap<>()).put(paragraph.paragraph(), paragraph));
            } else if (event instanceof ParagraphStatusesCarriedOver carried) {
                carried.paragraphs().forEach(kept -> readings.computeIfAbsent(carried.onDraft(),
                        label -> new HashMap<>()).put(kept.status().paragraph(), kept.status()));
            }
        }
        readings.forEach((label, paragraphs) -> paragraphs.values().stream()
                .filter(paragraph -> paragraph.status() == ReadingStatus.BRACKETED)
                .forEach(paragraph -> paragraph.holders().forEach(holder ->
                        part(parts, label, holder, null, null).bracketsHeld++)));
        for (DraftLabel label : parts.keySet()) {
            compilations.apply(label)
                    .filter(compilation -> compilation.nextVersion() != null
                            && circulated.contains(compilation.nextVersion()))
                    .ifPresent(compilation -> countTakeUp(parts.get(label), compilation, record));
        }
        List<List<String>> rows = new ArrayList<>();
        parts.forEach((label, byDelegation) -> byDelegation.forEach((delegation, part) -> rows.add(List.of(
                label.displayName(), delegation.code(), delegation.name(), String.join(", ", part.deliveredBy),
                String.valueOf(part.inputs), String.valueOf(part.proposals),
                String.valueOf(part.takeUp[TakeUp.REFLECTED.ordinal()]),
                String.valueOf(part.takeUp[TakeUp.PARTLY_REFLECTED.ordinal()]),
                String.valueOf(part.takeUp[TakeUp.NOT_REFLECTED.ordinal()]),
                String.valueOf(part.takeUp[TakeUp.SUPERSEDED.ordinal()]),
                String.valueOf(part.silenceBreaks), String.valueOf(part.bracketsHeld)))));
        long delegations = parts.values().stream().flatMap(byDelegation -> byDelegation.keySet().stream())
                .distinct().count();
        List<Report.Field> summary = List.of(
                new Report.Field("Document", status.id().value()),
                new Report.Field("Draft versions", String.valueOf(parts.size())),
                new Report.Field("Delegations taking part", String.valueOf(delegations)));
        return new Report("participation", "Participation: " + status.title(), status.body(), asOf, generatedAt,
                summary, List.of(new Report.Section("Delegations by draft version", List.of("Version", "Delegation",
                        "Name", "Delivered by", "Inputs", "Proposals", "Reflected", "Partly reflected",
                        "Not reflected", "Superseded", "Silence breaks", "Brackets held"), rows)));
    }


    private static Part part(Map<DraftLabel, Map<Delegation, Part>> parts, DraftLabel label, Delegation delegation,
                             Delegation onBehalfOf, String person) {
        Part part = parts.computeIfAbsent(label, key -> new LinkedHashMap<>())
                .computeIfAbsent(onBehalfOf == null ? delegation : onBehalfOf, key -> new Part());
        if (onBehalfOf != null) {
            part.deliveredBy.add(delegation.code() + (person == null ? "" : " (" + person + ")"));
        }
        return part;
    }

    /** Counts only proposals dated within the report (input's and a silence break's), as the compilation judged them. */
    private static void countTakeUp(Map<Delegation, Part> parts, Compilation compilation, List<Recorded> record) {
        Set<Long> reported = new HashSet<>();
        record.forEach(recorded -> reported.add(recorded.entry().sequence()));
        compilation.paragraphs().forEach(paragraph -> paragraph.proposals().forEach(proposal -> {
            if (proposal.takeUp() != null && reported.contains(proposal.sequence())) {
                Delegation attributed = proposal.onBehalfOf() == null ? proposal.delegation() : proposal.onBehalfOf();
                Part part = parts.get(attributed);
                if (part != null) {
                    part.takeUp[proposal.takeUp().ordinal()]++;
                }
            }
        }));
    }
}
