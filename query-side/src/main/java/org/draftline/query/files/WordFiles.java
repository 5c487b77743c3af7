package org.draftline.query.files;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.draftline.query.files.DraftLayout.Block;
import org.draftline.query.files.DraftLayout.Operative;
import org.draftline.query.files.DraftLayout.Preambular;
import org.draftline.query.files.DraftLayout.SubParagraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Optional;

/**
 * Word files with Apache POI: the parts every draft file shares (the masthead, the paragraphs as the United
 * Nations sets them, the file's properties) and the draft itself. Numbers are typed, not Word's automatic
 * numbering, so they read the same wherever the file is opened or pasted, and a tab follows them.
 */
final class WordFiles {

    static final String FONT = "Times New Roman";
    static final int SIZE = 12;
    /** Half an inch, in twentieths of a point. */
    static final int INDENT = 720;

    private WordFiles() {
    }

    static byte[] draft(DraftLayout draft) {
        try (XWPFDocument document = new XWPFDocument()) {
            masthead(document, draft);
            for (Block block : draft.blocks()) {
                paragraph(document, block);
            }
            properties(document, draft.properties(), draft.title());
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body, session and agenda item, then the symbol or version, its distribution and date, the title, the chapeau. */
    static void masthead(XWPFDocument document, DraftLayout draft) {
        for (String line : draft.heading()) {
            run(document.createParagraph(), line).setBold(true);
        }
        XWPFParagraph designation = document.createParagraph();
        designation.setAlignment(ParagraphAlignment.RIGHT);
        designation.setSpacingBefore(240);
        run(designation, draft.designation());
        if (draft.distribution() != null) {
            XWPFParagraph distribution = document.createParagraph();
            distribution.setAlignment(ParagraphAlignment.RIGHT);
            run(distribution, draft.distribution());
        }
        XWPFParagraph date = document.createParagraph();
        date.setAlignment(ParagraphAlignment.RIGHT);
        date.setSpacingAfter(360);
        run(date, draft.date());
        XWPFParagraph title = document.createParagraph();
        title.setSpacingAfter(240);
        run(title, draft.title()).setBold(true);
        if (draft.chapeau() != null) {
            XWPFParagraph chapeau = document.createParagraph();
            chapeau.setIndentationFirstLine(INDENT);
            chapeau.setSpacingAfter(200);
            run(chapeau, draft.chapeau());
        }
    }

    /** One paragraph as printed: the opening words in italics, the number and a tab before operative ones. */
    static XWPFParagraph paragraph(XWPFDocument document, Block block) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(200);
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        if (block instanceof Preambular pp) {
            paragraph.setIndentationFirstLine(INDENT);
            opening(paragraph, pp.opening(), pp.rest());
        } else if (block instanceof Operative op) {
            paragraph.setIndentationFirstLine(INDENT);
            run(paragraph, op.number()).addTab();
            opening(paragraph, op.opening(), op.rest());
        } else if (block instanceof SubParagraph sub) {
            paragraph.setIndentationLeft(2 * INDENT);
            paragraph.setIndentationHanging(INDENT);
            run(paragraph, sub.letters()).addTab();
            run(paragraph, sub.text());
        }
        return paragraph;
    }

    private static void opening(XWPFParagraph paragraph, String opening, String rest) {
        if (!opening.isEmpty()) {
            run(paragraph, opening).setItalic(true);
        }
        if (!rest.isEmpty()) {
            run(paragraph, rest);
        }
    }

    static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        style(run);
        run.setText(text);
        return run;
    }

    static void style(XWPFRun run) {
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
    }

    /** Core properties (title, subject, identifier, description, dates) and custom ones a script can read by name. */
    static void properties(XWPFDocument document, FileProperties properties, String title) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(properties.documentTitle() + ": " + properties.versionName());
        core.setIdentifier(properties.documentId());
        core.setVersion(properties.version());
        core.setDescription(properties.description());
        core.setKeywords(properties.chainHead() == null ? properties.documentId()
                : properties.documentId() + "; " + properties.chainHead());
        core.setCreator("Draftline");
        core.setLastModifiedByUser("Draftline");
        Date stamp = Date.from(properties.stampedAt());
        core.setCreated(Optional.of(stamp));
        core.setModified(Optional.of(stamp));
        POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
        custom.addProperty("DraftlineDocument", properties.documentId());
        custom.addProperty("DraftlineVersion", properties.version());
        if (properties.chainHead() != null) {
            custom.addProperty("DraftlineChainHead", properties.chainHead());
            custom.addProperty("DraftlineChainEvents", String.valueOf(properties.events()));
            custom.addProperty("DraftlineChainVerified", properties.verified());
        }
    }

    static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
