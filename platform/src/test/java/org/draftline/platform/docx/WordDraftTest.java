package org.draftline.platform.docx;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.draftline.api.InvalidValue;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.Paragraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordDraftTest {

    private static WordFile resolution() {
        return new WordFile()
                .title("Modalities of the high-level meeting")
                .paragraph("The General Assembly,")
                .preambular("Recalling", " its resolution 64/293 of 30 July 2010, by which it adopted the \"Plan\" [sic],")
                .preambular("Reaffirming", " its commitment, in Arabic «مكافحة الاتجار بالأشخاص», Chinese 打击贩运人口 and Russian «борьба с торговлей людьми»,")
                .numbered(0, "Decides", " to convene a high-level meeting (in New York) on 27 and 28 September 2017;")
                .numbered(0, "Decides also that the meeting shall consist of:")
                .numbered(1, "an opening segment;")
                .numbered(1, "two panels, \"on prevention\" and [on protection];")
                .numbered(0, "Requests the President to organize a hearing;");
    }

    @Test
    void readsWordsNumberingAndItalicsIntoTheParagraphsOfATypedText() {
        WordDraft draft = WordDraft.read(resolution().bytes());

        DraftText text = DraftText.parse(draft.checkedText());

        assertThat(text.title()).isEqualTo("Modalities of the high-level meeting");
        assertThat(text.chapeau()).isEqualTo("The General Assembly,");
        assertThat(text.paragraphs()).containsExactly(
                new Paragraph("PP1", "Recalling its resolution 64/293 of 30 July 2010, by which it adopted the \"Plan\" [sic],"),
                new Paragraph("PP2", "Reaffirming its commitment, in Arabic «مكافحة الاتجار بالأشخاص», Chinese 打击贩运人口 and Russian «борьба с торговлей людьми»,"),
                new Paragraph("OP1", "Decides to convene a high-level meeting (in New York) on 27 and 28 September 2017;"),
                new Paragraph("OP2", "Decides also that the meeting shall consist of:"),
                new Paragraph("OP2(a)", "an opening segment;"),
                new Paragraph("OP2(b)", "two panels, \"on prevention\" and [on protection];"),
                new Paragraph("OP3", "Requests the President to organize a hearing;"));
        assertThat(draft.text()).contains("*Recalling* its resolution", "1. *Decides* to convene", "(b) two panels")
                .startsWith("# Modalities of the high-level meeting\n\nThe General Assembly,\n\n");
    }

    @Test
    void readsNumbersTypedIntoTheParagraphsAsATypedTextDoes() {
        byte[] typed = new WordFile().paragraph("The General Assembly,")
                .paragraph("1. Decides to convene a meeting;")
                .paragraph("(a) an opening segment;")
                .paragraph("(b) a closing segment;")
                .paragraph("2. Requests a report.").bytes();

        DraftText text = DraftText.parse(WordDraft.read(typed).checkedText());

        assertThat(text.labels()).containsExactly("OP1", "OP1(a)", "OP1(b)", "OP2");
        assertThat(text.paragraph("OP1(b)").orElseThrow().text()).isEqualTo("a closing segment;");
    }

    @Test
    void refusesAMisnumberedParagraphNamingTheWordParagraph() {
        byte[] misnumbered = new WordFile().paragraph("The General Assembly,")
                .paragraph("1. Decides to convene a meeting;")
                .paragraph("")
                .paragraph("3. Requests a report.").bytes();

        assertThatThrownBy(() -> WordDraft.read(misnumbered).checkedText()).isInstanceOf(InvalidValue.class)
                .hasMessage("file: paragraph 3 \"3. Requests a report.\" is operative paragraph 3; expected 2");
    }

    @Test
    void refusesALetteredParagraphBeforeAnyOperativeOneNamingTheWordParagraph() {
        byte[] lettered = new WordFile().paragraph("The General Assembly,")
                .preambular("Recalling", " its resolution,")
                .numbered(1, "an opening segment;").bytes();

        assertThatThrownBy(() -> WordDraft.read(lettered).checkedText()).isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("file: paragraph 3 \"(a) an opening segment;\" is a sub-paragraph outside");
    }

    @Test
    void refusesWhatIsNotAWordDocument() throws IOException {
        assertRefused("The General Assembly,\n\n1. Decides;".getBytes(StandardCharsets.UTF_8), "is not a Word document (.docx)");
        assertRefused("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "is not a Word document (.docx)");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Proposals").createRow(0).createCell(0).setCellValue("OP1");
            workbook.write(out);
            assertRefused(out.toByteArray(), "is not a Word document (.docx)");
        }
        assertRefused(new byte[0], "required");
    }

    @Test
    void refusesAZipBombBeforeKeepingItsContent() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            for (int megabyte = 0; megabyte < 40; megabyte++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(WordDraft.MAX_FILE_BYTES);

        assertRefused(bomb.toByteArray(), "unzips to more than 33,554,432 bytes");
    }

    @Test
    void refusesAFileOverTheLimit() {
        byte[] large = new byte[WordDraft.MAX_FILE_BYTES + 1];
        large[0] = 'P';
        large[1] = 'K';

        assertRefused(large, "1,048,577 bytes; a Word file of a draft has at most 1,048,576");
    }

    @Test
    void refusesADocumentWithMacros() throws IOException {
        byte[] macros = withEntries(resolution().bytes(), "[Content_Types].xml",
                content -> content.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml").replace("<Default ",
                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default "));

        assertRefused(macros, "is a Word document with macros (.docm)");
    }

    @Test
    void refusesADocumentDeclaringEntities() throws IOException {
        byte[] entities = withEntries(resolution().bytes(), "word/document.xml", content -> content.replaceFirst(
                "\\?>", "?><!DOCTYPE w:document [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"), false);

        assertRefused(entities, "is not a Word document (.docx)");
    }

    @Test
    void refusesAnEncryptedDocument() throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("capital");
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            try (OutputStream out = encryptor.getDataStream(container)) {
                out.write(resolution().bytes());
            }
            container.writeFilesystem(encrypted);
        }

        assertRefused(encrypted.toByteArray(), "is protected by a password (encrypted)");
    }

    @Test
    void refusesAnOlderWordFile() throws IOException {
        ByteArrayOutputStream older = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            container.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
            container.writeFilesystem(older);
        }

        assertRefused(older.toByteArray(), "is an older Word or Office file (.doc)");
    }

    @Test
    void refusesADocumentOfTensOfThousandsOfParagraphsNamingTheFile() {
        WordFile file = new WordFile().title("Many").paragraph("The General Assembly,");
        for (int index = 0; index < 30_000; index++) {
            file.paragraph("Recalling its resolution " + index + ",");
        }
        byte[] bytes = file.bytes();
        assertThat(bytes.length).isLessThan(WordDraft.MAX_FILE_BYTES);

        assertRefused(bytes, "a draft has at most");
    }

    @Test
    void refusesADocumentWithoutParagraphs() {
        assertRefused(new WordFile().paragraph("").paragraph("   ").bytes(), "holds no paragraph of text");
    }

    @Test
    void refusesADocumentWithATable() {
        WordFile file = new WordFile().paragraph("The General Assembly,");
        file.document().createTable(2, 2).getRow(0).getCell(0).setText("OP1");

        assertRefused(file.bytes(), "holds a table after paragraph 1");
    }

    private static void assertRefused(byte[] file, String reason) {
        assertThatThrownBy(() -> WordDraft.read(file).checkedText()).isInstanceOf(InvalidValue.class)
                .satisfies(refusal -> assertThat(((InvalidValue) refusal).field()).isEqualTo("file"))
                .hasMessageContaining(reason);
    }

    /** The same package with one entry's text rewritten, and a VBA project beside it. */
    private static byte[] withEntries(byte[] docx, String name, java.util.function.UnaryOperator<String> rewrite)
            throws IOException {
        return withEntries(docx, name, rewrite, true);
    }

    private static byte[] withEntries(byte[] docx, String name, java.util.function.UnaryOperator<String> rewrite,
                                      boolean withMacros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    content = rewrite.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            if (withMacros) {
                zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
                zip.write(new byte[]{1, 2, 3});
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

}
