package org.draftline.platform.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word's automatic numbering as Word shows it: the paragraph's list (set on the paragraph or by its style), its
 * level, the counters of that list kept across the document, and the level's text ({@code %1.}, {@code (%2)})
 * with each counter in its level's format. Lists of one abstract definition continue each other, as in Word,
 * unless a list restarts its numbering with a start override.
 */
final class WordNumbering {

    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<String, Integer[]> counters = new HashMap<>();

    WordNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
    }

    /** The paragraph's number as Word shows it ({@code "1."}, {@code "(a)"}, {@code "-"} for a bullet), or null. */
    String next(XWPFParagraph paragraph) {
        CTNumPr numPr = numPr(paragraph);
        if (numbering == null || numPr == null || numPr.getNumId() == null) {
            return null;
        }
        BigInteger numId = numPr.getNumId().getVal();
        XWPFNum num = numId == null || numId.signum() == 0 ? null : numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        int level = numPr.getIlvl() == null ? 0 : Math.min(numPr.getIlvl().getVal().intValue(), LEVELS - 1);
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum definition = numbering.getAbstractNum(abstractId);
        if (definition == null) {
            return null;
        }
        boolean restarts = num.getCTNum().sizeOfLvlOverrideArray() > 0;
        String list = restarts ? "num " + numId : "abstract " + abstractId;
        Integer[] count = counters.computeIfAbsent(list, key -> new Integer[LEVELS]);
        count[level] = count[level] == null ? start(num, definition, level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = null;
        }
        CTLvl shown = level(num, definition, level);
        if (shown == null) {
            return null;
        }
        String format = format(shown);
        if (format.equals("bullet")) {
            return "-";
        }
        String text = shown.getLvlText() == null || shown.getLvlText().getVal() == null ? "%" + (level + 1)
                : shown.getLvlText().getVal();
        StringBuilder number = new StringBuilder();
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '%' && index + 1 < text.length() && text.charAt(index + 1) >= '1' && text.charAt(index + 1) <= '9') {
                int of = text.charAt(++index) - '1';
                CTLvl levelOf = level(num, definition, of);
                int value = count[of] != null ? count[of] : start(num, definition, of);
                number.append(formatted(value, levelOf == null ? "decimal" : format(levelOf)));
            } else {
                number.append(c);
            }
        }
        return number.toString().strip();
    }

    /** Numbering set on the paragraph, else by its style or the styles it is based on. */
    private CTNumPr numPr(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getNumPr() != null) {
            return own.getNumPr();
        }
        for (String id = paragraph.getStyleID(); id != null && styles != null; ) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return null;
            }
            CTPPrGeneral inherited = style.getCTStyle().getPPr();
            if (inherited != null && inherited.getNumPr() != null) {
                return inherited.getNumPr();
            }
            String basedOn = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
            id = basedOn == null || basedOn.equals(id) ? null : basedOn;
        }
        return null;
    }

    private static CTLvl level(XWPFNum num, XWPFAbstractNum definition, int level) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getIlvl().intValue() == level && override.getLvl() != null) {
                return override.getLvl();
            }
        }
        for (CTLvl candidate : definition.getCTAbstractNum().getLvlArray()) {
            if (candidate.getIlvl().intValue() == level) {
                return candidate;
            }
        }
        return null;
    }

    /** Where a level starts: its list's start override, else its definition's start (0 where none is given). */
    private static int start(XWPFNum num, XWPFAbstractNum definition, int level) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getIlvl().intValue() == level && override.getStartOverride() != null) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        CTLvl lvl = level(num, definition, level);
        CTDecimalNumber start = lvl == null ? null : lvl.getStart();
        return start == null || start.getVal() == null ? 0 : start.getVal().intValue();
    }

    private static String format(CTLvl level) {
        return level.getNumFmt() == null || level.getNumFmt().getVal() == null ? "decimal"
                : level.getNumFmt().getVal().toString();
    }

    static String formatted(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "decimalZero" -> value < 10 ? "0" + value : String.valueOf(value);
            case "none" -> "";
            default -> String.valueOf(value);
        };
    }

    /** 1 is a, 26 is z, 27 is aa, 28 is bb: Word's letters, and the typed text's. */
    private static String letters(int value) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        return String.valueOf((char) ('a' + (value - 1) % 26)).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return String.valueOf(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        for (int index = 0; index < values.length; index++) {
            while (value >= values[index]) {
                roman.append(numerals[index]);
                value -= values[index];
            }
        }
        return roman.toString();
    }
}
