package org.draftline.query.files;

/** Ordinal numbers in English words, as session lines print them: "seventy-first", "one hundred and second". */
final class Ordinals {

    private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};

    private Ordinals() {
    }

    /** 1 to 999. */
    static String of(int number) {
        String cardinal = cardinal(number);
        int space = Math.max(cardinal.lastIndexOf(' '), cardinal.lastIndexOf('-'));
        String last = cardinal.substring(space + 1);
        return cardinal.substring(0, space + 1) + ordinal(last);
    }

    private static String cardinal(int number) {
        if (number >= 100) {
            String hundreds = UNITS[number / 100] + " hundred";
            return number % 100 == 0 ? hundreds : hundreds + " and " + cardinal(number % 100);
        }
        if (number < 20) {
            return UNITS[number];
        }
        return TENS[number / 10] + (number % 10 == 0 ? "" : "-" + UNITS[number % 10]);
    }

    private static String ordinal(String word) {
        return switch (word) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> word.endsWith("y") ? word.substring(0, word.length() - 1) + "ieth" : word + "th";
        };
    }
}
