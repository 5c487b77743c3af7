package org.draftline.query.files;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.draftline.api.draft.Redline;
import org.draftline.api.draft.Redline.Change;
import org.draftline.api.draft.Redline.Words;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The redline as Word's own tracked changes: each inserted run of words one {@code w:ins}, each deleted one a
 * {@code w:del}, attributed to the co-facilitators and dated at the circulation of the later version, so that
 * Word's Next Change, Accept and Reject walk them. A paragraph added or deleted whole is one insertion or
 * deletion, its number with it. A moved or renumbered paragraph, and one merged into another, carries a
 * comment saying so (Word shows it in the margin); the labels stay out of the document, the comment says
 * "operative paragraph 3".
 *
 * The paragraphs are written as WordprocessingML and parsed into POI's paragraph, so that runs, insertions
 * and deletions stand in the order written (adding them one by one through the schema's beans does not keep
 * a mixed order).
 */
final class RedlineWord {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern OPERATIVE = Pattern.compile("OP(\\d{1,4})");
    private static final Pattern SUB_PARAGRAPH = Pattern.compile("OP(\\d{1,4})\\(([a-z]{1,3})\\)");
    private static final Pattern PREAMBULAR = Pattern.compile("PP(\\d{1,4})");

    private final String author;
    private final String date;
    private final Calendar calendar;
    private int nextId = 1;

    private RedlineWord(String author, Instant circulatedAt) {
        this.author = author;
        Instant second = circulatedAt.truncatedTo(ChronoUnit.SECONDS);
        this.date = DateTimeFormatter.ISO_INSTANT.format(second);
        this.calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        this.calendar.setTimeInMillis(second.toEpochMilli());
    }

    /**
     * @param masthead the later version's layout (its masthead is printed; its paragraphs come from the redline)
     * @param from     the earlier version's name and day, for the line under the masthead
     */
    static byte[] render(DraftLayout masthead, String from, Redline redline, String author, Instant circulatedAt) {
        return new RedlineWord(author, circulatedAt).write(masthead, from, redline);
    }

    private byte[] write(DraftLayout masthead, String from, Redline redline) {
        try (XWPFDocument document = new XWPFDocument()) {
            WordFiles.masthead(document, new DraftLayout(masthead.heading(), masthead.designation(),
                    masthead.distribution(), masthead.date(), masthead.title(), masthead.chapeau(), List.of(),
                    masthead.properties()));
            WordFiles.run(document.createParagraph(), "Changes tracked from the " + from + " by "
                            + Character.toLowerCase(author.charAt(0)) + author.substring(1) + ".")
                    .setItalic(true);
            XWPFCommentsHolder comments = new XWPFCommentsHolder(document);
            for (Change change : redline.paragraphs()) {
                String label = change.toLabel() != null ? change.toLabel() : change.fromLabel();
                paragraph(document, comments, label, change.words(), change.status() == Redline.Status.ADDED
                        || change.status() == Redline.Status.DELETED, note(change));
            }
            WordFiles.properties(document, masthead.properties(), masthead.title());
            return WordFiles.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comments part, made when the first comment needs it. */
    private static final class XWPFCommentsHolder {
        private final XWPFDocument document;
        private XWPFComments comments;

        XWPFCommentsHolder(XWPFDocument document) {
            this.document = document;
            this.comments = document.getDocComments();
        }

        XWPFComments get() {
            if (comments == null) {
                comments = document.createComments();
            }
            return comments;
        }
    }

    /** What Word's margin says of a paragraph that moved, was renumbered or merged; null for none. */
    static String note(Change change) {
        if (change.status() == Redline.Status.DELETED) {
            return change.mergedInto() == null ? null : "Merged into " + describe(change.mergedInto()) + ".";
        }
        if (change.fromLabel() == null) {
            return null;
        }
        if (change.moved()) {
            return "Moved: formerly " + describe(change.fromLabel()) + ".";
        }
        if (!change.fromLabel().equals(change.toLabel())) {
            return "Renumbered: formerly " + describe(change.fromLabel()) + ".";
        }
        return null;
    }

    /** "operative paragraph 3 (a)" for {@code OP3(a)}: how a paragraph is named in words. */
    static String describe(String label) {
        Matcher sub = SUB_PARAGRAPH.matcher(label);
        if (sub.matches()) {
            return "operative paragraph " + sub.group(1) + " (" + sub.group(2) + ")";
        }
        Matcher operative = OPERATIVE.matcher(label);
        if (operative.matches()) {
            return "operative paragraph " + operative.group(1);
        }
        Matcher preambular = PREAMBULAR.matcher(label);
        return preambular.matches() ? "preambular paragraph " + preambular.group(1) : "paragraph " + label;
    }

    private void paragraph(XWPFDocument document, XWPFCommentsHolder comments, String label, List<Words> words,
                           boolean whole, String note) {
        StringBuilder xml = new StringBuilder("<w:p xmlns:w=\"" + W + "\"><w:pPr><w:spacing w:after=\"200\"/>");
        Matcher sub = SUB_PARAGRAPH.matcher(label);
        Matcher operative = OPERATIVE.matcher(label);
        String number = null;
        if (sub.matches()) {
            xml.append("<w:ind w:left=\"").append(2 * WordFiles.INDENT).append("\" w:hanging=\"")
                    .append(WordFiles.INDENT).append("\"/>");
            number = "(" + sub.group(2) + ")";
        } else {
            xml.append("<w:ind w:firstLine=\"").append(WordFiles.INDENT).append("\"/>");
            number = operative.matches() ? operative.group(1) + "." : null;
        }
        xml.append("<w:jc w:val=\"both\"/></w:pPr>");
        int commentId = note == null ? -1 : nextId++;
        if (commentId >= 0) {
            xml.append("<w:commentRangeStart w:id=\"").append(commentId).append("\"/>");
        }
        if (number != null && !whole) {
            xml.append(numberRun(number, false));
        }
        for (int index = 0; index < words.size(); index++) {
            Words segment = words.get(index);
            String text = segment.text() + (index < words.size() - 1 ? " " : "");
            // a paragraph added or deleted whole takes its number with it
            boolean numbered = index == 0 && whole && number != null;
            switch (segment.operation()) {
                case EQUAL -> xml.append(run(text, false));
                case INSERT -> xml.append(revision("ins")).append(numbered ? numberRun(number, false) : "")
                        .append(run(text, false)).append("</w:ins>");
                case DELETE -> xml.append(revision("del")).append(numbered ? numberRun(number, true) : "")
                        .append(run(text, true)).append("</w:del>");
            }
        }
        if (commentId >= 0) {
            xml.append("<w:commentRangeEnd w:id=\"").append(commentId).append("\"/><w:r><w:commentReference w:id=\"")
                    .append(commentId).append("\"/></w:r>");
            XWPFComment comment = comments.get().createComment(BigInteger.valueOf(commentId));
            comment.setAuthor(author);
            comment.setInitials("CF");
            comment.setDate(calendar);
            WordFiles.run(comment.createParagraph(), note);
        }
        xml.append("</w:p>");
        try {
            // the w:p written above is the paragraph itself, not an element inside it
            document.createParagraph().getCTP().set(CTP.Factory.parse(xml.toString(),
                    new XmlOptions().setLoadReplaceDocumentElement(null)));
        } catch (XmlException e) {
            throw new IllegalStateException("the redline's paragraph is not WordprocessingML: " + xml, e);
        }
    }

    private String revision(String kind) {
        return "<w:" + kind + " w:id=\"" + nextId++ + "\" w:author=\"" + xml(author) + "\" w:date=\"" + date + "\">";
    }

    private static String numberRun(String number, boolean deleted) {
        return "<w:r>" + properties() + (deleted ? "<w:delText>" : "<w:t>") + number
                + (deleted ? "</w:delText>" : "</w:t>") + "<w:tab/></w:r>";
    }

    private static String run(String text, boolean deleted) {
        String element = deleted ? "w:delText" : "w:t";
        return "<w:r>" + properties() + "<" + element + " xml:space=\"preserve\">" + xml(text) + "</" + element + "></w:r>";
    }

    private static String properties() {
        return "<w:rPr><w:rFonts w:ascii=\"" + WordFiles.FONT + "\" w:hAnsi=\"" + WordFiles.FONT + "\" w:cs=\""
                + WordFiles.FONT + "\"/><w:sz w:val=\"" + 2 * WordFiles.SIZE + "\"/><w:szCs w:val=\""
                + 2 * WordFiles.SIZE + "\"/></w:rPr>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
