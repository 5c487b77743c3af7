package org.draftline.query.files;

import org.draftline.query.files.DraftLayout.Block;
import org.draftline.query.files.DraftLayout.Operative;
import org.draftline.query.files.DraftLayout.Preambular;
import org.draftline.query.files.DraftLayout.SubParagraph;
import org.springframework.web.util.HtmlUtils;

/** A laid-out draft as printable XHTML (the HTML file, and the PDF's source), Markdown and plain text. */
final class DraftMarkup {

    private DraftMarkup() {
    }

    /** Well-formed XHTML, so the PDF renderer reads it too; {@code fonts} names the families for the body. */
    static String xhtml(DraftLayout draft, String fonts) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/>
                <title>%s</title>
                <style>
                @page { size: A4; margin: 20mm 22mm 22mm 22mm;
                  @bottom-center { content: counter(page); font-size: 9pt; } }
                body { font-family: %s; font-size: 11.5pt; line-height: 1.35; color: #000; max-width: 42rem; margin: 0 auto; }
                table.masthead { width: 100%%; border-collapse: collapse; border-bottom: 1.5pt solid #000; margin-bottom: 18pt; }
                table.masthead td { vertical-align: bottom; padding: 0 0 4pt 0; }
                td.body { font-weight: bold; } td.designation { text-align: right; }
                h1 { font-size: 12.5pt; font-weight: bold; margin: 0 0 14pt 0; }
                p { margin: 0 0 10pt 0; text-align: justify; }
                p.chapeau { text-indent: 2.5em; }
                p.pp { text-indent: 2.5em; }
                p.op { text-indent: 2.5em; }
                p.sub { margin-left: 5em; text-indent: -2.5em; }
                span.number { display: inline-block; width: 2.5em; text-indent: 0; }
                </style></head><body>
                """.formatted(escape(draft.title()), fonts));
        html.append("<div role=\"main\">\n"); // the landmark a screen reader jumps to
        html.append("<table class=\"masthead\"><tr><td class=\"body\">");
        html.append(String.join("<br/>", draft.heading().stream().map(DraftMarkup::escape).toList()));
        html.append("</td><td class=\"designation\">").append(escape(draft.designation()));
        if (draft.distribution() != null) {
            html.append("<br/>").append(escape(draft.distribution()));
        }
        html.append("<br/>").append(escape(draft.date())).append("</td></tr></table>\n");
        html.append("<h1>").append(escape(draft.title())).append("</h1>\n");
        if (draft.chapeau() != null) {
            html.append("<p class=\"chapeau\">").append(escape(draft.chapeau())).append("</p>\n");
        }
        for (Block block : draft.blocks()) {
            if (block instanceof Preambular pp) {
                html.append("<p class=\"pp\">").append(italic(pp.opening())).append(escape(pp.rest())).append("</p>\n");
            } else if (block instanceof Operative op) {
                html.append("<p class=\"op\"><span class=\"number\">").append(op.number()).append("</span>")
                        .append(italic(op.opening())).append(escape(op.rest())).append("</p>\n");
            } else if (block instanceof SubParagraph sub) {
                html.append("<p class=\"sub\"><span class=\"number\">").append(sub.letters()).append("</span>")
                        .append(escape(sub.text())).append("</p>\n");
            }
        }
        return html.append("</div></body></html>\n").toString();
    }

    /** Markdown a reader's viewer shows as the draft: what Markdown would read as markup is escaped. */
    static String markdown(DraftLayout draft) {
        StringBuilder md = new StringBuilder();
        md.append(String.join("  \n", draft.heading().stream().map(DraftMarkup::md).toList())).append("\n\n");
        md.append(md(draft.designation()));
        if (draft.distribution() != null) {
            md.append("  \n").append(md(draft.distribution()));
        }
        md.append("  \n").append(md(draft.date())).append("\n\n");
        md.append("# ").append(md(draft.title())).append("\n\n");
        if (draft.chapeau() != null) {
            md.append(md(draft.chapeau())).append("\n\n");
        }
        for (Block block : draft.blocks()) {
            if (block instanceof Preambular pp) {
                md.append(pp.opening().isEmpty() ? "" : "*" + md(pp.opening()) + "*").append(md(pp.rest()));
            } else if (block instanceof Operative op) {
                md.append(op.number()).append(' ').append(op.opening().isEmpty() ? "" : "*" + md(op.opening()) + "*")
                        .append(md(op.rest()));
            } else if (block instanceof SubParagraph sub) {
                md.append("    ").append(sub.letters()).append(' ').append(md(sub.text()));
            }
            md.append("\n\n");
        }
        return md.toString();
    }

    /** Plain text: the same order and numbers, sub-paragraphs indented, nothing escaped. */
    static String text(DraftLayout draft) {
        StringBuilder text = new StringBuilder();
        draft.heading().forEach(line -> text.append(line).append('\n'));
        text.append('\n').append(draft.designation()).append('\n');
        if (draft.distribution() != null) {
            text.append(draft.distribution()).append('\n');
        }
        text.append(draft.date()).append("\n\n").append(draft.title()).append("\n\n");
        if (draft.chapeau() != null) {
            text.append("    ").append(draft.chapeau()).append("\n\n");
        }
        for (Block block : draft.blocks()) {
            if (block instanceof Operative op) {
                text.append(op.number()).append(' ');
            } else if (block instanceof SubParagraph sub) {
                text.append("    ").append(sub.letters()).append(' ');
            } else {
                text.append("    ");
            }
            text.append(block.text()).append("\n\n");
        }
        return text.toString();
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String italic(String opening) {
        return opening.isEmpty() ? "" : "<em>" + escape(opening) + "</em>";
    }

    /**
     * Backslash before every ASCII mark Markdown could read as emphasis, code, a link, HTML, a heading or a
     * list (CommonMark lets any ASCII punctuation be escaped so), so the words show exactly as circulated.
     */
    static String md(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if ("\\`*_[]<>#|~&!".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        String result = escaped.toString();
        // a wording that begins "1." or "-" would open a list
        return result.replaceFirst("^(\\d{1,9})([.)])", "$1\\\\$2").replaceFirst("^([-+])", "\\\\$1");
    }
}
