package org.draftline.query.files;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.reading.Alternative;
import org.draftline.api.reading.NegotiatingText;
import org.draftline.api.reading.NegotiatingText.NegotiatedParagraph;
import org.draftline.api.reading.ReadingStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A version as it stands during readings, laid out as negotiators read one: each paragraph under its label,
 * a bracketed one with its wording in square brackets and each alternative after it ("Alt. 1"), in brackets
 * too, labelled by the delegations and groups that support it; an agreed paragraph marked "agreed ad ref", a
 * paragraph agreed to be deleted struck through. The masthead is the draft's own ({@link DraftLayout}).
 */
final class NegotiatingTextFile {

    /** A paragraph's lines as printed: the wording (bracketed or not), its note, then its alternatives. */
    record Printed(String label, String wording, String note, ReadingStatus status, List<String> alternatives) {
    }

    private final DraftLayout masthead;
    private final NegotiatingText text;

    NegotiatingTextFile(DraftLayout masthead, NegotiatingText text) {
        this.masthead = masthead;
        this.text = text;
    }

    String title() {
        return "Negotiating text of the " + text.name() + ": " + masthead.title();
    }

    List<Printed> paragraphs() {
        return text.paragraphs().stream().map(NegotiatingTextFile::printed).toList();
    }

    static Printed printed(NegotiatedParagraph paragraph) {
        return switch (paragraph.status()) {
            case AGREED_AD_REF -> new Printed(paragraph.paragraph(), paragraph.text(), "agreed ad ref",
                    paragraph.status(), List.of());
            case DELETED_AD_REF -> new Printed(paragraph.paragraph(), paragraph.text(), "deleted ad ref",
                    paragraph.status(), List.of());
            case PENDING -> new Printed(paragraph.paragraph(), paragraph.text(), null, paragraph.status(), List.of());
            case BRACKETED -> {
                List<String> alternatives = new ArrayList<>();
                for (int index = 0; index < paragraph.alternatives().size(); index++) {
                    Alternative alternative = paragraph.alternatives().get(index);
                    alternatives.add("Alt. " + (index + 1) + " [" + alternative.text() + "] (" + supporters(alternative)
                            + ")");
                }
                yield new Printed(paragraph.paragraph(), "[" + paragraph.text() + "]", "bracketed", paragraph.status(),
                        alternatives);
            }
        };
    }

    /** The supporters by name, as a negotiating text labels an alternative: "Mexico, European Union". */
    static String supporters(Alternative alternative) {
        return alternative.supportedBy().stream().map(Delegation::name).collect(Collectors.joining(", "));
    }

    /** Printable XHTML, the PDF's source too; each paragraph's status is a coloured rule in its margin. */
    String xhtml(String fonts) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/>
                <title>%s</title>
                <style>
                @page { size: A4; margin: 20mm 22mm 22mm 22mm;
                  @bottom-center { content: counter(page); font-size: 9pt; } }
                body { font-family: %s; font-size: 11.5pt; line-height: 1.35; color: #000; max-width: 42rem; margin: 0 auto; }
                p.masthead { margin: 0 0 2pt 0; }
                h1 { font-size: 12.5pt; margin: 12pt 0 8pt 0; }
                p.summary { font-style: italic; margin: 0 0 14pt 0; }
                div.paragraph { border-left: 4pt solid #bbbbbb; padding-left: 8pt; margin: 0 0 10pt 0; }
                div.agreed_ad_ref { border-left-color: #2e7d32; }
                div.bracketed { border-left-color: #c62828; }
                div.deleted_ad_ref { border-left-color: #555555; }
                div.deleted_ad_ref span.wording { text-decoration: line-through; }
                p { margin: 0 0 4pt 0; }
                span.label { font-weight: bold; display: inline-block; width: 4em; }
                span.note { font-style: italic; }
                p.alternative { margin-left: 4em; }
                </style></head><body>
                """.formatted(DraftMarkup.escape(title()), fonts));
        for (String line : masthead.heading()) {
            html.append("<p class=\"masthead\"><strong>").append(DraftMarkup.escape(line)).append("</strong></p>\n");
        }
        html.append("<p class=\"masthead\">").append(DraftMarkup.escape(masthead.designation())).append(", ")
                .append(DraftMarkup.escape(masthead.date())).append("</p>\n");
        html.append("<h1>").append(DraftMarkup.escape(title())).append("</h1>\n");
        html.append("<p class=\"summary\">").append(DraftMarkup.escape(text.summary().text())).append("</p>\n");
        for (Printed paragraph : paragraphs()) {
            html.append("<div class=\"paragraph ").append(paragraph.status().name().toLowerCase())
                    .append("\"><p><span class=\"label\">").append(DraftMarkup.escape(paragraph.label()))
                    .append("</span><span class=\"wording\">").append(DraftMarkup.escape(paragraph.wording()))
                    .append("</span>");
            if (paragraph.note() != null) {
                html.append(" <span class=\"note\">(").append(paragraph.note()).append(")</span>");
            }
            html.append("</p>");
            for (String alternative : paragraph.alternatives()) {
                html.append("<p class=\"alternative\">").append(DraftMarkup.escape(alternative)).append("</p>");
            }
            html.append("</div>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** Word: the draft's masthead, then each paragraph with its brackets, note and labelled alternatives. */
    byte[] docx() {
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : masthead.heading()) {
                WordFiles.run(document.createParagraph(), line).setBold(true);
            }
            WordFiles.run(document.createParagraph(), masthead.designation() + ", " + masthead.date());
            XWPFParagraph heading = document.createParagraph();
            heading.setSpacingBefore(240);
            heading.setSpacingAfter(120);
            WordFiles.run(heading, title()).setBold(true);
            XWPFParagraph summary = document.createParagraph();
            summary.setSpacingAfter(240);
            WordFiles.run(summary, text.summary().text()).setItalic(true);
            for (Printed paragraph : paragraphs()) {
                XWPFParagraph printed = document.createParagraph();
                printed.setSpacingAfter(paragraph.alternatives().isEmpty() ? 200 : 60);
                WordFiles.run(printed, paragraph.label()).setBold(true);
                printed.getRuns().get(0).addTab();
                WordFiles.run(printed, paragraph.wording())
                        .setStrikeThrough(paragraph.status() == ReadingStatus.DELETED_AD_REF);
                if (paragraph.note() != null) {
                    WordFiles.run(printed, " (" + paragraph.note() + ")").setItalic(true);
                }
                for (int index = 0; index < paragraph.alternatives().size(); index++) {
                    XWPFParagraph alternative = document.createParagraph();
                    alternative.setIndentationLeft(WordFiles.INDENT);
                    alternative.setSpacingAfter(index == paragraph.alternatives().size() - 1 ? 200 : 60);
                    WordFiles.run(alternative, paragraph.alternatives().get(index));
                }
            }
            WordFiles.properties(document, masthead.properties(), title());
            return WordFiles.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
