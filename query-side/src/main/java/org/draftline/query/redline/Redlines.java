package org.draftline.query.redline;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.Paragraph;
import org.draftline.api.draft.Redline;
import org.draftline.api.draft.Redline.Change;
import org.draftline.api.draft.Redline.Operation;
import org.draftline.api.draft.Redline.Status;
import org.draftline.api.draft.Redline.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the redline between two versions of a text. */
public final class Redlines {

    private Redlines() {
    }

    public static Redline compare(DraftLabel fromLabel, DraftText from, DraftLabel toLabel, DraftText to) {
        ParagraphMatching matching = new ParagraphMatching(from.paragraphs(), to.paragraphs());
        List<Change> changes = new ArrayList<>();
        for (Paragraph later : to.paragraphs()) {
            Optional<ParagraphMatching.Match> match = matching.ofLater(later.label());
            if (match.isEmpty()) {
                changes.add(new Change(Status.ADDED, null, later.label(), false, null,
                        List.of(new Words(Operation.INSERT, later.text()))));
            } else {
                Paragraph earlier = match.get().from();
                List<Words> words = wordDiff(earlier.text(), later.text());
                boolean unchanged = words.stream().allMatch(segment -> segment.operation() == Operation.EQUAL);
                changes.add(new Change(unchanged ? Status.UNCHANGED : Status.MODIFIED, earlier.label(), later.label(),
                        matching.isMoved(later.label()), null, words));
            }
        }
        insertDeleted(matching, changes);
        return new Redline(fromLabel, toLabel, changes, summary(changes));
    }

    /** Each deleted paragraph goes right after the paragraph that preceded it in the earlier version. */
    private static void insertDeleted(ParagraphMatching matching, List<Change> changes) {
        List<Paragraph> earlier = matching.earlier();
        for (int index = 0; index < earlier.size(); index++) {
            Paragraph paragraph = earlier.get(index);
            if (matching.ofEarlier(paragraph.label()).isPresent()) {
                continue;
            }
            Change deleted = new Change(Status.DELETED, paragraph.label(), null, false,
                    matching.mergedInto(paragraph).map(Paragraph::label).orElse(null),
                    List.of(new Words(Operation.DELETE, paragraph.text())));
            changes.add(positionAfter(changes, earlier, index), deleted);
        }
    }

    private static int positionAfter(List<Change> changes, List<Paragraph> earlier, int deletedIndex) {
        for (int before = deletedIndex - 1; before >= 0; before--) {
            String label = earlier.get(before).label();
            for (int position = 0; position < changes.size(); position++) {
                if (label.equals(changes.get(position).fromLabel())) {
                    return position + 1;
                }
            }
        }
        return 0;
    }

    /** The words kept, deleted and inserted, merged into runs. */
    static List<Words> wordDiff(String earlier, String later) {
        List<String> from = Wording.words(earlier);
        List<String> to = Wording.words(later);
        List<Words> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            append(segments, Operation.EQUAL, from.subList(position, start));
            append(segments, Operation.DELETE, delta.getSource().getLines());
            append(segments, Operation.INSERT, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        append(segments, Operation.EQUAL, from.subList(position, from.size()));
        return segments;
    }

    private static void append(List<Words> segments, Operation operation, List<String> words) {
        if (!words.isEmpty()) {
            segments.add(new Words(operation, String.join(" ", words)));
        }
    }

    private static Redline.Summary summary(List<Change> changes) {
        int unchanged = 0;
        int modified = 0;
        int added = 0;
        int deleted = 0;
        int moved = 0;
        int renumbered = 0;
        for (Change change : changes) {
            switch (change.status()) {
                case UNCHANGED -> unchanged++;
                case MODIFIED -> modified++;
                case ADDED -> added++;
                case DELETED -> deleted++;
            }
            if (change.moved()) {
                moved++;
            }
            if (change.fromLabel() != null && change.toLabel() != null && !change.fromLabel().equals(change.toLabel())) {
                renumbered++;
            }
        }
        return new Redline.Summary(unchanged, modified, added, deleted, moved, renumbered);
    }
}
