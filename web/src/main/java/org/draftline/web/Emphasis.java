package org.draftline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A proposal's text in pieces, italic where its author marked words as drafters do, {@code *like this*}:
 * the page prints each piece as text (escaped), an italic one inside {@code <em>}, never the marks.
 */
public record Emphasis(String text, boolean italic) {

    /** A run between two asterisks that starts and ends on a word, on one line. */
    private static final Pattern ITALIC = Pattern.compile("\\*(?=[^\\s*])([^*\\n]*?[^\\s*])\\*");

    public static List<Emphasis> of(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Emphasis> pieces = new ArrayList<>();
        Matcher matcher = ITALIC.matcher(text);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                pieces.add(new Emphasis(text.substring(from, matcher.start()), false));
            }
            pieces.add(new Emphasis(matcher.group(1), true));
            from = matcher.end();
        }
        if (from < text.length()) {
            pieces.add(new Emphasis(text.substring(from), false));
        }
        return pieces;
    }
}
