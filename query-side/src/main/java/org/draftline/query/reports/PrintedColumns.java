package org.draftline.query.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the sections' tables are laid out on paper, so that no column runs off the page: each column gets at
 * least the width of its longest word (a date, a code, a heading; longer words, such as addresses and hashes,
 * wrap anywhere), the rest of the line is shared by how much each column has to say, and a report whose
 * tables do not fit an upright A4 page is printed across (landscape).
 */
record PrintedColumns(boolean landscape, List<List<Double>> percentages) {

    /** A4 less the page's side margins (14 mm each), in points, upright and across. */
    static final double PORTRAIT_POINTS = 595.28 - 2 * 39.69;
    static final double LANDSCAPE_POINTS = 841.89 - 2 * 39.69;
    /** The tables' font size, and a character's width at it, generous for sans-serif digits and capitals. */
    static final double FONT_POINTS = 8.5;
    private static final double CHARACTER_POINTS = 0.62 * FONT_POINTS;
    /** A cell's padding (4 pt a side) and its share of the borders. */
    private static final double CELL_POINTS = 9;
    /** A word longer than this wraps within its cell rather than widening its column. */
    private static final int LONGEST_UNBROKEN = 20;
    /** Beyond this many characters a cell's text wraps anyway; more does not ask for more width. */
    private static final int LONGEST_LINE = 60;

    static PrintedColumns of(List<Report.Section> sections) {
        boolean landscape = sections.stream().anyMatch(section -> wanted(section) > PORTRAIT_POINTS);
        double line = landscape ? LANDSCAPE_POINTS : PORTRAIT_POINTS;
        return new PrintedColumns(landscape, sections.stream().map(section -> widths(section, line)).toList());
    }

    /** The width of column {@code column} of section {@code section}, as CSS. */
    String width(int section, int column) {
        return String.format(Locale.ROOT, "%.2f%%", percentages.get(section).get(column));
    }

    private static double wanted(Report.Section section) {
        double points = 0;
        for (int column = 0; column < section.columns().size(); column++) {
            points += CELL_POINTS + CHARACTER_POINTS * Math.max(longestWord(section, column), longestText(section, column));
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
            least[column] = CHARACTER_POINTS * longestWord(section, column);
            more[column] = Math.max(0, CHARACTER_POINTS * longestText(section, column) - least[column]);
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

    private static int longestWord(Report.Section section, int column) {
        int longest = longestWord(section.columns().get(column));
        for (List<String> row : section.rows()) {
            longest = Math.max(longest, Math.min(LONGEST_UNBROKEN, longestWord(row.get(column))));
        }
        return Math.max(1, longest);
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.codePointCount(0, word.length()));
        }
        return longest;
    }

    private static int longestText(Report.Section section, int column) {
        int longest = section.columns().get(column).length();
        for (List<String> row : section.rows()) {
            longest = Math.max(longest, Math.min(LONGEST_LINE, row.get(column).codePointCount(0, row.get(column).length())));
        }
        return longest;
    }
}
