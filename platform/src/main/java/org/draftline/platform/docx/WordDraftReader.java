package org.draftline.platform.docx;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.draftline.api.InvalidValue;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the body of a Word document paragraph by paragraph into the typed text of a draft: each paragraph one
 * line (a blank line between), its automatic number or letter as Word shows it ({@code 1.}, {@code (a)}) or the
 * one typed, its opening words in italics between the {@code *} marks the typed text uses, a title (or heading)
 * style as the Markdown heading the typed text uses. The text's own reader then decides, as for a typed text.
 */
final class WordDraftReader {

    /** What a Word file of a draft may unzip to at most, counted as it inflates (never trusting its headers). */
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WordDraftReader.class);

    static final long MAX_UNZIPPED_BYTES = 32L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 500;

    static {
        // POI's own guard against zip bombs, JVM-wide: an entry may not inflate beyond Draftline's whole limit
        // nor more than a hundredfold (POI's default ratio), and a package may not hold more entries than ours
        if (ZipSecureFile.getMaxEntrySize() > MAX_UNZIPPED_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_UNZIPPED_BYTES);
        }
        if (ZipSecureFile.getMaxFileCount() > MAX_ZIP_ENTRIES) {
            ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
        }
    }

    private static final Set<String> WORD_DOCUMENTS = Set.of(XWPFRelation.DOCUMENT.getContentType(),
            XWPFRelation.TEMPLATE.getContentType());
    private static final Set<String> MACRO_DOCUMENTS = Set.of(XWPFRelation.MACRO_DOCUMENT.getContentType(),
            XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());
    private static final String NOT_WORD = "file: is not a Word document (.docx); save the draft in Word as "
            + "\"Word Document (*.docx)\" and upload that";

    private final XWPFDocument document;
    private final WordNumbering numbering;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> paragraphOfLine = new ArrayList<>();
    private int paragraphs;

    private WordDraftReader(XWPFDocument document) {
        this.document = document;
        this.numbering = new WordNumbering(document);
    }

    static WordDraft read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidValue("file: required; attach the draft as a Word document (.docx)");
        }
        if (file.length > WordDraft.MAX_FILE_BYTES) {
            throw new InvalidValue(String.format(Locale.ROOT,
                    "file: %,d bytes; a Word file of a draft has at most %,d", file.length, WordDraft.MAX_FILE_BYTES));
        }
        FileMagic magic = FileMagic.valueOf(file);
        if (magic == FileMagic.OLE2) {
            throw new InvalidValue(isEncrypted(file)
                    ? "file: is protected by a password (encrypted); save a copy without the password and upload that"
                    : "file: is an older Word or Office file (.doc); save it in Word as \"Word Document (*.docx)\"");
        }
        if (magic != FileMagic.OOXML) {
            throw new InvalidValue(NOT_WORD);
        }
        checkUnzippedSize(file);
        try (OPCPackage zip = OPCPackage.open(new ByteArrayInputStream(file))) {
            checkItIsAPlainWordDocument(zip);
            try (XWPFDocument document = new XWPFDocument(zip)) {
                return new WordDraftReader(document).read();
            }
        } catch (InvalidValue refused) {
            throw refused;
        } catch (IOException | InvalidFormatException | POIXMLException | OpenXML4JRuntimeException unreadable) {
            throw unreadable(unreadable);
        } catch (RuntimeException malformed) {
            // a package POI opens but whose parts say what no Word writes (a level without its number, ...)
            log.warn("A Word file could not be read: {}", malformed.toString());
            throw unreadable(malformed);
        }
    }

    /** An OLE2 container holding an OOXML package under a password, as Office encrypts it. */
    private static boolean isEncrypted(byte[] file) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            DirectoryNode root = container.getRoot();
            return root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** Inflates every entry once, counting, so that a zip bomb is refused before anything keeps its content. */
    private static void checkUnzippedSize(byte[] file) {
        byte[] buffer = new byte[16 * 1024];
        long unzipped = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new InvalidValue(String.format(Locale.ROOT, "file: holds more than %,d parts; a Word "
                            + "file of a draft holds a few dozen", MAX_ZIP_ENTRIES));
                }
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    unzipped += read;
                    if (unzipped > MAX_UNZIPPED_BYTES) {
                        throw new InvalidValue(String.format(Locale.ROOT, "file: unzips to more than %,d bytes; "
                                + "a Word file of a draft unzips to far less (is it a zip bomb?)", MAX_UNZIPPED_BYTES));
                    }
                }
            }
        } catch (ZipException | IllegalArgumentException unreadable) {
            throw new InvalidValue(NOT_WORD + " (it is not a readable zip package: " + unreadable.getMessage() + ")");
        } catch (IOException unreadable) {
            throw unreadable(unreadable);
        }
        if (entries == 0) {
            throw new InvalidValue(NOT_WORD);
        }
    }

    private static void checkItIsAPlainWordDocument(OPCPackage zip) {
        List<PackagePart> main = zip.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        String type = main.isEmpty() ? "" : main.get(0).getContentType();
        boolean hasMacros = !zip.getPartsByName(java.util.regex.Pattern.compile("(?i).*vbaProject.*")).isEmpty();
        if (MACRO_DOCUMENTS.contains(type) || (WORD_DOCUMENTS.contains(type) && hasMacros)) {
            throw new InvalidValue("file: is a Word document with macros (.docm); Draftline takes no macros: save "
                    + "it in Word as \"Word Document (*.docx)\" and upload that");
        }
        if (!WORD_DOCUMENTS.contains(type)) {
            throw new InvalidValue(NOT_WORD);
        }
    }

    private static InvalidValue unreadable(Exception cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (reason.contains("Zip bomb") || reason.contains("zip bomb")) {
            return new InvalidValue("file: unzips to far more than a Word file of a draft does (a zip bomb?)");
        }
        return new InvalidValue(NOT_WORD + " (it cannot be read as one: " + firstLine(reason) + ")");
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + " ..." : line;
    }

    private WordDraft read() {
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph);
            } else if (element instanceof XWPFTable) {
                throw new InvalidValue("file: holds a table after paragraph " + paragraphs + "; Draftline reads a "
                        + "draft from its paragraphs only: move the text out of the table, or type the text instead");
            } else if (element instanceof XWPFSDT control) {
                for (String line : control.getContent().getText().split("\\R")) {
                    add(line.strip());
                }
            }
        }
        if (paragraphs == 0) {
            throw new InvalidValue("file: holds no paragraph of text; a draft needs at least one");
        }
        return new WordDraft(String.join("\n", lines) + "\n", paragraphOfLine);
    }

    private void paragraph(XWPFParagraph paragraph) {
        CTP xml = paragraph.getCTP();
        List<Segment> segments = segments(paragraph);
        String words = Segment.textOf(segments).strip();
        if (xml.sizeOfInsArray() + xml.sizeOfDelArray() + xml.sizeOfMoveFromArray() + xml.sizeOfMoveToArray() > 0) {
            throw new InvalidValue("file: paragraph " + (paragraphs + 1) + " " + Segment.quoted(words) + " has "
                    + "tracked changes; accept or reject them in Word (Review, Accept) and upload the file again");
        }
        if (words.isEmpty()) {
            return;
        }
        String style = styleName(paragraph.getStyleID());
        boolean heading = style.equals("title") || style.startsWith("heading");
        if (heading || (paragraphs == 0 && segments.stream().allMatch(Segment::isBoldOrBlank))) {
            add("# " + words);
            return;
        }
        String number = numbering.next(paragraph);
        String indent = number == null && paragraph.getIndentationLeft() > 0 ? "    " : "";
        add(indent + (number == null || number.isEmpty() ? "" : number + " ") + Segment.withOpeningItalics(segments));
    }

    private void add(String line) {
        if (line.isBlank()) {
            return;
        }
        paragraphs++;
        if (!lines.isEmpty()) {
            lines.add("");
            paragraphOfLine.add(paragraphs);
        }
        lines.add(line);
        paragraphOfLine.add(paragraphs);
    }

    private String styleName(String styleId) {
        XWPFStyles styles = document.getStyles();
        XWPFStyle style = styleId == null || styles == null ? null : styles.getStyle(styleId);
        String name = style == null || style.getName() == null ? styleId : style.getName();
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    private List<Segment> segments(XWPFParagraph paragraph) {
        List<Segment> segments = new ArrayList<>();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                segments.add(new Segment(textOf(run), italic(run), run.isBold()));
            } else if (element instanceof XWPFSDT control) {
                segments.add(new Segment(control.getContent().getText().replaceAll("\\s", " "), false, false));
            }
        }
        return segments;
    }

    /** A run's characters as Word shows them: tabs and line breaks inside a paragraph become spaces. */
    private static String textOf(XWPFRun run) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor cursor = run.getCTR().newCursor()) {
            if (cursor.toFirstChild()) {
                do {
                    switch (cursor.getName().getLocalPart()) {
                        case "t" -> text.append(cursor.getTextValue());
                        case "tab", "ptab", "br", "cr" -> text.append(' ');
                        case "noBreakHyphen" -> text.append('\u2011');
                        default -> {
                            // field codes, pictures, footnote marks and soft hyphens are not words of the text
                        }
                    }
                } while (cursor.toNextSibling());
            }
        }
        return text.toString();
    }

    /** Italic set on the run itself, or by its character style. */
    private boolean italic(XWPFRun run) {
        CTRPr direct = run.getCTR().getRPr();
        if (direct != null && direct.sizeOfIArray() > 0) {
            return run.isItalic();
        }
        XWPFStyles styles = document.getStyles();
        for (String id = run.getStyle(); id != null && !id.isEmpty() && styles != null; ) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return false;
            }
            CTRPr inherited = style.getCTStyle().getRPr();
            if (inherited != null && inherited.sizeOfIArray() > 0) {
                return org.apache.poi.ooxml.util.POIXMLUnits.parseOnOff(inherited.getIArray(0));
            }
            String basedOn = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
            id = basedOn == null || basedOn.equals(id) ? null : basedOn;
        }
        return false;
    }

    /** Words of a paragraph as one run of formatting. */
    record Segment(String text, boolean italic, boolean bold) {

        boolean isBoldOrBlank() {
            return bold || text.isBlank();
        }

        static String textOf(List<Segment> segments) {
            StringBuilder text = new StringBuilder();
            segments.forEach(segment -> text.append(segment.text()));
            return text.toString();
        }

        static String quoted(String words) {
            return "\"" + (words.length() <= 40 ? words : words.substring(0, 40).stripTrailing() + " ...") + "\"";
        }

        /**
         * The paragraph's words, its opening words between {@code *} marks when Word sets them, and only them, in
         * italics ("*Recalling* its resolution ..."), as the typed text marks them; italics elsewhere in a paragraph
         * have no mark in the typed text and are read as plain words.
         */
        static String withOpeningItalics(List<Segment> segments) {
            String whole = textOf(segments).strip();
            StringBuilder opening = new StringBuilder();
            int index = 0;
            while (index < segments.size() && segments.get(index).text().isBlank()) {
                index++;
            }
            for (; index < segments.size(); index++) {
                Segment segment = segments.get(index);
                if (!segment.italic() && !segment.text().isBlank()) {
                    break;
                }
                opening.append(segment.text());
            }
            String italics = opening.toString().strip();
            if (italics.isEmpty() || italics.length() == whole.length() || !whole.startsWith(italics)
                    || italics.matches(".*[*_].*")) {
                return whole;
            }
            String rest = whole.substring(italics.length());
            if (rest.startsWith("*") || rest.startsWith("_")) {
                return whole;
            }
            return "*" + italics + "*" + rest;
        }
    }
}
