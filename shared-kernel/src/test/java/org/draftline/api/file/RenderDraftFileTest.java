package org.draftline.api.file;

import org.draftline.api.InvalidValue;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderDraftFileTest {

    @Test
    void formatNamedByExtensionWinsOverAccept() {
        assertThat(RenderDraftFile.Part.TEXT.chosen("DOCX", "application/pdf")).isEqualTo(DraftFileFormat.DOCX);
        assertThat(RenderDraftFile.Part.TEXT.chosen("json", "application/pdf")).isNull();
    }

    @Test
    void acceptPicksTheFirstOfferedFormatAndJsonByDefault() {
        assertThat(RenderDraftFile.Part.TEXT.chosen(null, "image/png, application/pdf;q=0.9"))
                .isEqualTo(DraftFileFormat.PDF);
        assertThat(RenderDraftFile.Part.COMPILATION.chosen(null, "text/csv")).isEqualTo(DraftFileFormat.CSV);
        assertThat(RenderDraftFile.Part.REDLINE.chosen(null, "application/json, text/html")).isNull();
        assertThat(RenderDraftFile.Part.REDLINE.chosen(null, "*/*")).isNull();
        assertThat(RenderDraftFile.Part.REDLINE.chosen(null, null)).isNull();
    }

    @Test
    void acceptWeighsItsRangesAndNeverChoosesOneItRefusesWithQZero() {
        assertThat(RenderDraftFile.Part.TEXT.chosen(null, "application/pdf;q=0, text/html"))
                .isEqualTo(DraftFileFormat.HTML);
        assertThat(RenderDraftFile.Part.TEXT.chosen(null, "application/pdf; q=0.0")).isNull();
        assertThat(RenderDraftFile.Part.TEXT.chosen(null, "text/html;q=0.2, application/pdf")).isEqualTo(DraftFileFormat.PDF);
        assertThat(RenderDraftFile.Part.TEXT.chosen(null, "text/html;q=0.5, application/json;q=0.9")).isNull();
        assertThat(RenderDraftFile.Part.TEXT.chosen(null, "text/html;q=abc, application/pdf;q=0.5"))
                .as("a weight that is no number weighs nothing").isEqualTo(DraftFileFormat.PDF);
        assertThat(RenderDraftFile.Part.TEXT.chosen(null, ",,;q=1, ;, application/pdf")).isEqualTo(DraftFileFormat.PDF);
    }

    @Test
    void cannotAskForAFormatThePartDoesNotComeIn() {
        assertThatThrownBy(() -> RenderDraftFile.Part.COMPILATION.chosen("md", null)).isInstanceOf(InvalidValue.class)
                .hasMessage("format: 'md' is not offered; expected one of json, docx, pdf, csv, html");
        assertThatThrownBy(() -> RenderDraftFile.Part.TEXT.chosen("xlsx", null)).isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("format: 'xlsx'");
        assertThatThrownBy(() -> new RenderDraftFile(DocumentId.of("abc-doc"), DraftLabel.ZERO,
                RenderDraftFile.Part.REDLINE, DraftLabel.ZERO, DraftFileFormat.CSV)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void cannotAskForARedlineWithoutTheOtherVersion() {
        assertThatThrownBy(() -> new RenderDraftFile(DocumentId.of("abc-doc"), DraftLabel.ZERO,
                RenderDraftFile.Part.REDLINE, null, DraftFileFormat.DOCX)).isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("with");
    }
}
