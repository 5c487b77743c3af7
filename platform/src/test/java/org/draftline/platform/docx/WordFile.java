package org.draftline.platform.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * A Word document as a co-facilitator's office would make one, built with POI: a Title style, and the operative
 * paragraphs numbered by a real numbering definition ({@code %1.} in decimal, {@code (%2)} in lower-case letters).
 */
final class WordFile {

    private final XWPFDocument document = new XWPFDocument();
    private final BigInteger operativeList;

    WordFile() {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        level(definition, 0, STNumberFormat.DECIMAL, "%1.");
        level(definition, 1, STNumberFormat.LOWER_LETTER, "(%2)");
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
        operativeList = numbering.addNum(abstractId);
        CTStyle title = CTStyle.Factory.newInstance();
        title.setStyleId("Title");
        title.addNewName().setVal("Title");
        title.setType(STStyleType.PARAGRAPH);
        document.createStyles().addStyle(new XWPFStyle(title));
    }

    private static void level(CTAbstractNum definition, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = definition.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    WordFile title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Title");
        paragraph.createRun().setText(text);
        return this;
    }

    WordFile paragraph(String text) {
        document.createParagraph().createRun().setText(text);
        return this;
    }

    /** A paragraph whose opening words are in italics, as preambular paragraphs are set. */
    WordFile preambular(String italic, String rest) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun opening = paragraph.createRun();
        opening.setItalic(true);
        opening.setText(italic);
        paragraph.createRun().setText(rest);
        return this;
    }

    /** A paragraph numbered by Word at {@code level} (0: 1., 2., ...; 1: (a), (b), ...). */
    WordFile numbered(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(operativeList);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
        return this;
    }

    /** As {@link #numbered(int, String)}, with italic opening words. */
    WordFile numbered(int level, String italic, String rest) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(operativeList);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        XWPFRun opening = paragraph.createRun();
        opening.setItalic(true);
        opening.setText(italic);
        paragraph.createRun().setText(rest);
        return this;
    }

    XWPFDocument document() {
        return document;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
