package org.draftline.query.drafts;

import org.draftline.api.draft.Redline;
import org.draftline.api.draft.Redline.Change;
import org.draftline.api.draft.Redline.Words;
import org.springframework.web.util.HtmlUtils;

/** The redline as a page to read or print: deleted words struck through, inserted words underlined. */
public final class RedlineHtml {

    private RedlineHtml() {
    }

    public static String render(String documentId, Redline redline) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%s: %s compared with %s</title>
                <style>
                body { font-family: Georgia, serif; max-width: 48rem; margin: 2rem auto; line-height: 1.5; color: #1a1a1a; }
                ins { color: #0b5d1e; background: #e6f4ea; text-decoration: underline; }
                del { color: #8a1c1c; background: #fbe9e9; }
                .label { font-family: system-ui, sans-serif; font-size: .85rem; color: #444; }
                </style></head><body>
                """.formatted(escape(documentId), redline.from().displayName(), redline.to().displayName()));
        html.append("<div role=\"main\">\n"); // the landmark a screen reader jumps to
        html.append("<h1>").append(redline.from().displayName()).append(" → ").append(redline.to().displayName())
                .append("</h1>\n");
        Redline.Summary summary = redline.summary();
        html.append("<p class=\"label\">").append(summary.modified()).append(" modified, ").append(summary.added())
                .append(" added, ").append(summary.deleted()).append(" deleted, ").append(summary.moved())
                .append(" moved, ").append(summary.renumbered()).append(" renumbered, ").append(summary.unchanged())
                .append(" unchanged</p>\n");
        for (Change change : redline.paragraphs()) {
            html.append("<p><span class=\"label\">").append(label(change)).append("</span><br>");
            for (Words words : change.words()) {
                String text = escape(words.text());
                switch (words.operation()) {
                    case EQUAL -> html.append(text);
                    case INSERT -> html.append("<ins>").append(text).append("</ins>");
                    case DELETE -> html.append("<del>").append(text).append("</del>");
                }
                html.append(' ');
            }
            html.append("</p>\n");
        }
        return html.append("</div></body></html>\n").toString();
    }

    private static String label(Change change) {
        String label = switch (change.status()) {
            case ADDED -> change.toLabel() + " (added)";
            case DELETED -> change.fromLabel() + (change.mergedInto() == null ? " (deleted)"
                    : " (merged into " + change.mergedInto() + ")");
            case UNCHANGED, MODIFIED -> change.fromLabel().equals(change.toLabel()) ? change.toLabel()
                    : change.fromLabel() + " → " + change.toLabel();
        };
        return escape(label + (change.moved() ? " (moved)" : ""));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
