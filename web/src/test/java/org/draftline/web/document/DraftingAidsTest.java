package org.draftline.web.document;

import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.draft.Paragraph;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's numbering preview and the proposal forms' paragraph choice, without a server. */
class DraftingAidsTest {

    @Test
    void thePreviewReadsTheTextAsItsCirculationWill() {
        NumberingPreview preview = NumberingPreview.of("Disaster risk data\r\n\r\nThe General Assembly,\r\n\r\n"
                + "Recalling its resolution 69/283,\r\n\r\n1. Decides to act;\r\n   (a) Now;");

        assertThat(preview.problem()).isNull();
        assertThat(preview.draft().title()).isEqualTo("Disaster risk data");
        assertThat(preview.draft().chapeau()).isEqualTo("The General Assembly,");
        assertThat(preview.draft().labels()).containsExactly("PP1", "OP1", "OP1(a)");
    }

    @Test
    void thePreviewSaysWhereTheReadingStopsOrThatThereIsNothingYet() {
        assertThat(NumberingPreview.of("1. Decides;\n\n1. Requests.").problem())
                .isEqualTo("line 3 \"1. Requests.\" is operative paragraph 1; expected 2");
        assertThat(NumberingPreview.of("  \n").problem()).startsWith("Nothing to number yet");
        assertThat(NumberingPreview.of(null).draft()).isNull();
    }

    @Test
    void eachParagraphIsOfferedWithItsOpeningWordsAndAmendStartsFromItsWording() {
        Optional<DraftVersion> zero = Optional.of(new DraftVersion(DraftLabel.of("zero"), "Zero draft", Instant.EPOCH,
                null, null, List.of(new Paragraph("PP1", "Recalling its resolution 69/283,"),
                new Paragraph("OP1", "Requests the Secretary-General to report, in close consultation with Member"
                        + " States, on the data;")), "text"));

        assertThat(ParagraphPicker.options(zero)).containsExactly(
                java.util.Map.entry("PP1", "PP1 \u2014 Recalling its resolution 69/283,"),
                java.util.Map.entry("OP1", "OP1 \u2014 Requests the Secretary-General to report, in close consultation"
                        + " with \u2026"));
        assertThat(ParagraphPicker.wording(zero)).containsEntry("OP1", "Requests the Secretary-General to report, in"
                + " close consultation with Member States, on the data;");
        assertThat(ParagraphPicker.options(Optional.empty())).isEmpty();
    }

    @Test
    void openingWordsDropATrailingCommaBeforeTheEllipsis() {
        assertThat(ParagraphPicker.openingWords("one two three four five six seven eight nine, ten"))
                .isEqualTo("one two three four five six seven eight nine \u2026");
        assertThat(ParagraphPicker.openingWords("  Decides to act.  ")).isEqualTo("Decides to act.");
    }
}
