package org.draftline.api;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as Draftline records it. PostgreSQL keeps no NUL in its text columns and JSON writers refuse half a
 * surrogate pair, so an event carrying one would stop every read model that copies it; control characters
 * and noncharacters have no place in a negotiated text either. Tab and newline are kept, a carriage return
 * (as browsers send a textarea's line ends) becomes a newline, and the text is recorded in Unicode
 * Normalization Form C, so the same words are always the same characters.
 */
public final class RecordableText {

    private RecordableText() {
    }

    /**
     * The text as recorded, or null for null.
     *
     * @throws InvalidValue naming {@code field}, with the first character that cannot be recorded and where
     */
    public static String of(String value, String field) {
        if (value == null) {
            return null;
        }
        String lines = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
        int position = 1;
        for (int index = 0; index < lines.length(); position++) {
            int codePoint = lines.codePointAt(index);
            String kind = unrecordable(codePoint);
            if (kind != null) {
                throw new InvalidValue(String.format(Locale.ROOT, "%s: %s (U+%04X) at character %d cannot be "
                        + "recorded; text may hold tab and newline but no other control character, and no "
                        + "surrogate or noncharacter", field, kind, codePoint, position));
            }
            index += Character.charCount(codePoint);
        }
        return Normalizer.isNormalized(lines, Normalizer.Form.NFC) ? lines
                : Normalizer.normalize(lines, Normalizer.Form.NFC);
    }

    /** What kind of character {@code codePoint} is when it cannot be recorded, otherwise null. */
    static String unrecordable(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n') {
            return null;
        }
        if (Character.getType(codePoint) == Character.CONTROL) {
            return "a control character";
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return "half of a surrogate pair";
        }
        if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE) {
            return "a noncharacter";
        }
        return null;
    }
}
