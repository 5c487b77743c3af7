package org.draftline.query.redline;

import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.Redline;
import org.draftline.api.draft.Redline.Change;
import org.draftline.api.draft.Redline.Operation;
import org.draftline.api.draft.Redline.Status;
import org.draftline.api.draft.Redline.Words;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RedlinesTest {

    private static final Redline REDLINE = Redlines.compare(DraftLabel.ZERO, DraftText.parse(TwoVersions.ZERO_DRAFT),
            DraftLabel.revision(1), DraftText.parse(TwoVersions.REV_1));

    private static Change change(String fromLabel, String toLabel) {
        return REDLINE.paragraphs().stream()
                .filter(change -> java.util.Objects.equals(change.fromLabel(), fromLabel)
                        && java.util.Objects.equals(change.toLabel(), toLabel))
                .findFirst().orElseThrow(() -> new AssertionError("no change " + fromLabel + " -> " + toLabel));
    }

    @Test
    void paragraphsAreMatchedByWordingNotByNumber() {
        assertThat(REDLINE.paragraphs()).extracting(Change::status, Change::fromLabel, Change::toLabel, Change::moved,
                Change::mergedInto).containsExactly(
                tuple(Status.UNCHANGED, "PP1", "PP1", false, null),
                tuple(Status.UNCHANGED, "PP2", "PP2", false, null),
                tuple(Status.MODIFIED, "PP3", "PP3", false, null),
                tuple(Status.DELETED, "OP1", null, false, null),
                tuple(Status.MODIFIED, "OP2", "OP1", false, null),
                tuple(Status.MODIFIED, "OP3", "OP2", false, null),
                tuple(Status.DELETED, "OP4", null, false, "OP2"),
                tuple(Status.ADDED, null, "OP3", false, null),
                tuple(Status.UNCHANGED, "OP6", "OP4", false, null),
                tuple(Status.UNCHANGED, "OP5", "OP5", true, null));
    }

    @Test
    void aRenumberedParagraphIsNotARewrite() {
        Change renumbered = change("OP6", "OP4");
        assertThat(renumbered.status()).isEqualTo(Status.UNCHANGED);
        assertThat(renumbered.words()).extracting(Words::operation).containsOnly(Operation.EQUAL);
    }

    @Test
    void withinAParagraphTheWordsInsertedAndDeletedAreShown() {
        assertThat(change("PP3", "PP3").words()).containsExactly(
                new Words(Operation.EQUAL, "Noting with"),
                new Words(Operation.INSERT, "grave"),
                new Words(Operation.EQUAL, "concern that trafficking in persons remains widespread in all regions of the "
                        + "world,"),
                new Words(Operation.INSERT, "affecting women and children in particular,"));
        assertThat(change("OP2", "OP1").words()).containsExactly(
                new Words(Operation.EQUAL, "Urges Member States to ratify the Protocol to Prevent, Suppress and Punish "
                        + "Trafficking in"),
                new Words(Operation.DELETE, "Persons;"),
                new Words(Operation.INSERT, "Persons, especially Women and Children;"));
    }

    @Test
    void theSummaryCountsEachKindOfChange() {
        assertThat(REDLINE.summary()).isEqualTo(new Redline.Summary(4, 3, 1, 2, 1, 3));
    }

    @Test
    void comparingAVersionWithItselfChangesNothing() {
        Redline same = Redlines.compare(DraftLabel.ZERO, DraftText.parse(TwoVersions.ZERO_DRAFT), DraftLabel.ZERO,
                DraftText.parse(TwoVersions.ZERO_DRAFT));
        assertThat(same.paragraphs()).extracting(Change::status).containsOnly(Status.UNCHANGED);
        assertThat(same.summary()).isEqualTo(new Redline.Summary(9, 0, 0, 0, 0, 0));
    }

    @Test
    void wordDiffOfIdenticalTextIsOneEqualRun() {
        assertThat(Redlines.wordDiff("Decides to act;", "Decides to act;"))
                .isEqualTo(List.of(new Words(Operation.EQUAL, "Decides to act;")));
    }
}
