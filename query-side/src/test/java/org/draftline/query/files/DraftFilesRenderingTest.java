package org.draftline.query.files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.Stage;
import org.draftline.api.document.Visibility;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.draft.Redline;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.redline.Redlines;
import org.draftline.query.redline.TwoVersions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout of a draft and its renderings, without a server: what Word, a PDF reader and a text reader find. */
class DraftFilesRenderingTest {

    private static final String WORLD = """
            # Cooperation, "partnership" and [bracketed] words

            The General Assembly,

            *Recalling* its resolution 64/293, of 30 July 2010, on "the Plan" [and its annex],

            Deeply concerned that الاتجار بالبشر لا يزال منتشرا, 人口贩运仍然普遍, торговля людьми остается распространенной,

            1. Decides also to convene a meeting;

            2. Requests:

            (a) the Secretary-General, "in consultation", to report [in 2018];

            (b) Member States to cooperate;
            """;

    private static DocumentStatus status() {
        return new DocumentStatus(DocumentId.of("files-test"), "Cooperation against trafficking", DocumentKind.RESOLUTION,
                "General Assembly", "71", "GA resolution 70/179, agenda item 118", Stage.ZERO_DRAFT, DraftLabel.ZERO,
                "Zero draft", null, List.of(), null, null, null, null, Instant.parse("2017-01-09T15:00:00Z"),
                Instant.parse("2017-02-01T17:00:00Z"), 3, Visibility.PUBLIC);
    }

    private static DraftVersion version(DraftLabel label, String text, Instant at) {
        DraftText parsed = DraftText.parse(text);
        return new DraftVersion(label, label.displayName(), at, parsed.title(), parsed.chapeau(), parsed.paragraphs(),
                text);
    }

    private static DraftLayout layout() {
        DraftVersion zero = version(DraftLabel.ZERO, WORLD, Instant.parse("2017-02-01T17:00:00Z"));
        return DraftLayout.of(status(), zero, FileProperties.of("files-test", "Cooperation against trafficking",
                "zero", "Zero draft", zero.circulatedAt(), Optional.empty()));
    }

    @Test
    void laysOutTheDraftAsTheUnitedNationsDoes() {
        DraftLayout layout = layout();
        assertThat(layout.heading()).containsExactly("General Assembly", "Seventy-first session", "Agenda item 118");
        assertThat(layout.designation()).isEqualTo("Zero draft");
        assertThat(layout.date()).isEqualTo("1 February 2017");
        assertThat(layout.blocks()).hasSize(6);
        assertThat(((DraftLayout.Preambular) layout.blocks().get(0)).opening()).isEqualTo("Recalling");
        assertThat(((DraftLayout.Preambular) layout.blocks().get(1)).opening()).isEqualTo("Deeply concerned");
        assertThat(((DraftLayout.Operative) layout.blocks().get(2)).opening()).isEqualTo("Decides also");
        assertThat(((DraftLayout.Operative) layout.blocks().get(3)).opening()).isEqualTo("Requests");
        assertThat(((DraftLayout.SubParagraph) layout.blocks().get(4)).letters()).isEqualTo("(a)");
        assertThat(layout.blocks()).extracting(DraftLayout.Block::text)
                .containsExactlyElementsOf(DraftText.parse(WORLD).paragraphs().stream().map(p -> p.text()).toList());
    }

    @Test
    void wordNumbersItalicisesAndKeepsEveryCharacter() throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(WordFiles.draft(layout())))) {
            List<String> texts = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("Seventy-first session", "Zero draft", "1 February 2017");
            assertThat(texts).anyMatch(text -> text.equals("1.\tDecides also to convene a meeting;"));
            assertThat(texts).anyMatch(text -> text.equals("(a)\tthe Secretary-General, \"in consultation\", to report [in 2018];"));
            assertThat(texts).anyMatch(text -> text.contains("人口贩运仍然普遍") && text.contains("الاتجار بالبشر لا يزال منتشرا"));
            assertThat(String.join("\n", texts)).doesNotContainPattern("\\b(PP|OP)\\d");
            XWPFParagraph recalling = word.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getText().startsWith("Recalling")).findFirst().orElseThrow();
            assertThat(recalling.getRuns().get(0).isItalic()).isTrue();
            assertThat(recalling.getRuns().get(0).text()).isEqualTo("Recalling");
            assertThat(recalling.getRuns().get(1).isItalic()).isFalse();
            assertThat(word.getProperties().getCoreProperties().getIdentifier()).isEqualTo("files-test");
            assertThat(word.getProperties().getCoreProperties().getVersion()).isEqualTo("zero");
        }
    }

    @Test
    void pdfHoldsTheTextInOrderInEveryScript() throws IOException {
        DraftLayout layout = layout();
        byte[] pdf = PdfFiles.render(DraftMarkup.xhtml(layout, PdfFiles.FONT_FAMILIES), layout.properties(), layout.title());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("人口贩运仍然普遍").contains("الاتجار بالبشر لا يزال منتشرا").contains("торговля людьми остается распространенной")
                    .contains("\"in consultation\"").contains("[in 2018]");
            assertThat(text.indexOf("General Assembly")).isLessThan(text.indexOf("Zero draft"));
            assertThat(text.indexOf("1. Decides")).isLessThan(text.indexOf("(a) the Secretary-General"));
            assertThat(document.getDocumentInformation().getCustomMetadataValue("DraftlineDocument")).isEqualTo("files-test");
        }
    }

    @Test
    void redlineIsWordsTrackedChanges() throws IOException {
        DraftVersion zero = version(DraftLabel.ZERO, TwoVersions.ZERO_DRAFT, Instant.parse("2017-02-01T17:00:00Z"));
        DraftVersion rev1 = version(DraftLabel.of("rev1"), TwoVersions.REV_1, Instant.parse("2017-03-01T17:00:00Z"));
        Redline redline = Redlines.compare(zero.label(), DraftText.parse(zero.text()), rev1.label(),
                DraftText.parse(rev1.text()));
        DraftLayout layout = DraftLayout.of(status(), rev1, FileProperties.of("files-test", "t", "rev1", "Rev.1",
                rev1.circulatedAt(), Optional.empty()));
        byte[] docx = RedlineWord.render(layout, "Zero draft", redline, "The co-facilitators (Belgium, Qatar)",
                rev1.circulatedAt());
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String xml = word.getDocument().xmlText();
            long inserts = redline.paragraphs().stream().flatMap(change -> change.words().stream())
                    .filter(words -> words.operation() == Redline.Operation.INSERT).count();
            long deletes = redline.paragraphs().stream().flatMap(change -> change.words().stream())
                    .filter(words -> words.operation() == Redline.Operation.DELETE).count();
            assertThat(count(xml, "<w:ins ")).isEqualTo(inserts).isPositive();
            assertThat(count(xml, "<w:del ")).isEqualTo(deletes).isPositive();
            assertThat(xml).contains("w:author=\"The co-facilitators (Belgium, Qatar)\"")
                    .contains("w:date=\"2017-03-01T17:00:00Z\"");
            assertThat(word.getComments()).isNotEmpty();
            assertThat(xml).doesNotContainPattern("<w:p( [^>]*)?>\\s*<w:p[ >]");
            assertThat(word.getParagraphs()).anyMatch(paragraph -> paragraph.getText().startsWith("1.\tUrges Member States"));
            assertThat(List.of(word.getComments()).stream().map(comment -> comment.getText()).toList())
                    .anyMatch(text -> text.startsWith("Moved: formerly operative paragraph"));
        }
    }

    private static long count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
