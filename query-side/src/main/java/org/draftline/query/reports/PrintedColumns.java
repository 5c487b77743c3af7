package org.draftline.query.reports;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the sections' tables are laid out on paper, so that no column runs off the page: each column is at least
 * as wide as its longest word (a date, an hour, a code, a word of its heading), measured in the font the PDF
 * prints with (the renderer's sans-serif is Helvetica); the rest of the line is shared by how much each column
 * has to say; a column holding a word longer than {@link #LONGEST_UNBROKEN_POINTS} (an address, a hash) wraps
 * it anywhere instead of widening; and a report whose tables do not fit an upright A4 page prints across it.
 */
record PrintedColumns(boolean landscape, List<List<Double>> percentages, List<List<Boolean>> breakWords) {

    /** A4 less the page's side margins (14 mm each), in points, upright and across. */
    static final double PORTRAIT_POINTS = 595.28 - 2 * 39.69;
    static final double LANDSCAPE_POINTS = 841.89 - 2 * 39.69;
    /** The tables' font size. */
    static final double FONT_POINTS = 8;
    /** A cell's padding (4 pt a side), its borders, and a margin for rounding. */
    private static final double CELL_POINTS = 11;
    private static final double LONGEST_UNBROKEN_POINTS = 110;
    /** Beyond this a cell's text wraps anyway; more text does not ask for more width. */
    private static final double LONGEST_LINE_POINTS = 260;

    /**
     * A date with its hour ("8 Feb 2017, 10:00", as {@link org.draftline.api.ReadableTimes} writes it) and the time
     * in UTC ("(15:00 UTC)", "(9 Feb 2017, 02:00 UTC)"), each printed on one line ({@code white-space: nowrap}): the JDK's line breaker that
     * openhtmltopdf uses would otherwise break an hour after its colon.
     */
    static final Pattern WHEN = Pattern.compile(
            "\\((\\d{1,2} [A-Z][a-z]{2} \\d{4}, )?\\d{2}:\\d{2} UTC\\)|\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
    private static final Pattern WORD = Pattern.compile(WHEN.pattern() + "|\\S+");

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final Map<String, Float> WIDTHS = new ConcurrentHashMap<>();

    static PrintedColumns of(List<Report.Section> sections) {
        boolean landscape = sections.stream().anyMatch(section -> wanted(section) > PORTRAIT_POINTS);
        double line = landscape ? LANDSCAPE_POINTS : PORTRAIT_POINTS;
        List<List<Double>> percentages = new ArrayList<>();
        List<List<Boolean>> breakWords = new ArrayList<>();
        for (Report.Section section : sections) {
            percentages.add(widths(section, line));
            List<Boolean> breaking = new ArrayList<>();
            for (int column = 0; column < section.columns().size(); column++) {
                breaking.add(longestWord(section, column, Double.MAX_VALUE) > LONGEST_UNBROKEN_POINTS);
            }
            breakWords.add(breaking);
        }
        return new PrintedColumns(landscape, percentages, breakWords);
    }

    /** The width of column {@code column} of section {@code section}, as CSS. */
    String width(int section, int column) {
        return String.format(Locale.ROOT, "%.2f%%", percentages.get(section).get(column));
    }

    /** Whether the column's words may break anywhere (openhtmltopdf breaks such a column's lines greedily). */
    boolean breaksWords(int section, int column) {
        return breakWords.get(section).get(column);
    }

    private static double wanted(Report.Section section) {
        double points = 0;
        for (int column = 0; column < section.columns().size(); column++) {
            points += CELL_POINTS + Math.max(longestWord(section, column, LONGEST_UNBROKEN_POINTS),
                    longestText(section, column));
        }
        return points;
    }

    private static List<Double> widths(Report.Section section, double line) {
        int columns = section.columns().size();
        double text = line - columns * CELL_POINTS;
        double[] least = new double[columns];
        double[] more = new double[columns];
        double leastTotal = 0;
        double moreTotal = 0;
        for (int column = 0; column < columns; column++) {
            least[column] = longestWord(section, column, LONGEST_UNBROKEN_POINTS);
            more[column] = Math.max(0, longestText(section, column) - least[column]);
            leastTotal += least[column];
            moreTotal += more[column];
        }
        List<Double> percentages = new ArrayList<>(columns);
        for (int column = 0; column < columns; column++) {
            double points;
            if (leastTotal >= text) {
                points = text * least[column] / leastTotal;
            } else {
                double spare = text - leastTotal;
                points = least[column] + (moreTotal == 0 ? spare / columns : spare * more[column] / moreTotal);
            }
            percentages.add(100 * (points + CELL_POINTS) / line);
        }
        return percentages;
    }

    private static double longestWord(Report.Section section, int column, double cap) {
        double longest = longestWord(section.columns().get(column), BOLD);
        for (List<String> row : section.rows()) {
            longest = Math.max(longest, Math.min(cap, longestWord(row.get(column), REGULAR)));
        }
        return longest;
    }

    private static double longestWord(String text, PDType1Font font) {
        double longest = 0;
        for (Matcher word = WORD.matcher(text); word.find(); ) {
            longest = Math.max(longest, points(word.group(), font));
        }
        return longest;
    }

    private static double longestText(Report.Section section, int column) {
        double longest = points(section.columns().get(column), BOLD);
        for (List<String> row : section.rows()) {
            longest = Math.max(longest, Math.min(LONGEST_LINE_POINTS, points(row.get(column), REGULAR)));
        }
        return longest;
    }

    /** The text's width at the tables' size; a character Helvetica lacks counts as a wide one. */
    private static double points(String text, PDType1Font font) {
        double units = 0;
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            String character = new String(Character.toChars(codePoint));
            units += WIDTHS.computeIfAbsent((font == BOLD ? "b" : "r") + character, key -> width(character, font));
            index += Character.charCount(codePoint);
        }
        return units / 1000 * FONT_POINTS;
    }

    private static float width(String character, PDType1Font font) {
        try {
            return font.getStringWidth(character);
        } catch (IOException | IllegalArgumentException notInTheFont) {
            return 1000;
        }
    }
}
