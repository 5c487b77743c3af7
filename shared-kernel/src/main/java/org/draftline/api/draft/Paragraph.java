package org.draftline.api.draft;

import org.draftline.api.Fields;
import org.draftline.api.Recorded;

/**
 * One paragraph of a draft under the label negotiators quote ({@code PP1}, {@code OP3}, {@code OP3(a)}),
 * with its wording on one line and without the number or label that opened it.
 */
public record Paragraph(String label, String text) {

    public Paragraph {
        if (!Recorded.isBeingRead()) {
            label = Fields.required(label, "paragraphs[].label");
            text = Fields.required(text, "paragraphs[].text");
        }
    }

    boolean isPreambular() {
        return label.startsWith("PP");
    }

    /** An operative paragraph itself, not one of its lettered sub-paragraphs. */
    boolean isTopLevelOperative() {
        return label.startsWith("OP") && label.indexOf('(') < 0;
    }
}
