package org.draftline.query.files;

import org.draftline.api.document.DocumentKind;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.draft.Paragraph;
import org.draftline.api.status.DocumentStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft laid out as the United Nations lays one out, once for every format: the body and session, the agenda
 * item where known, the symbol (or "Zero draft", "Rev.1") with the date of circulation, the title, the chapeau,
 * the preambular paragraphs with their opening words in italics, the operative paragraphs numbered
 * {@code 1.}, {@code 2.} and their sub-paragraphs {@code (a)}, {@code (b)}. The paragraphs' labels ({@code PP3},
 * {@code OP2(a)}) are the API's and the pages' way of pointing at them, never part of the document.
 *
 * @param heading      the body, the session and the agenda item, those known, in that order
 * @param designation  the symbol, such as {@code A/71/L.65}, or the version's name, such as "Rev.1"
 * @param distribution "Distr.: Limited" under a symbol; null for an informal draft
 * @param date         the day of circulation in New York, as "1 February 2017"
 */
record DraftLayout(List<String> heading, String designation, String distribution, String date, String title,
                   String chapeau, List<Block> blocks, FileProperties properties) {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern AGENDA_ITEM = Pattern.compile("(?i)\\bagenda items? ([0-9]+(?: ?\\([a-z]\\))?)");
    private static final Pattern OPERATIVE = Pattern.compile("OP(\\d{1,4})");
    private static final Pattern SUB_PARAGRAPH = Pattern.compile("OP\\d{1,4}\\(([a-z]{1,3})\\)");

    /** A paragraph as printed; {@code opening} (italic) followed by {@code rest} is its wording exactly. */
    sealed interface Block permits Preambular, Operative, SubParagraph {
        String text();
    }

    record Preambular(String opening, String rest) implements Block {
        public String text() {
            return opening + rest;
        }
    }

    record Operative(String number, String opening, String rest) implements Block {
        public String text() {
            return opening + rest;
        }
    }

    record SubParagraph(String letters, String text) implements Block {
    }

    static DraftLayout of(DocumentStatus document, DraftVersion version, FileProperties properties) {
        List<String> heading = new ArrayList<>();
        heading.add(document.body());
        if (document.session() != null) {
            heading.add(sessionLine(document.session()));
        }
        agendaItem(document).ifPresent(item -> heading.add("Agenda item " + item));
        String symbol = symbolOf(document, version);
        Map<String, String> marked = OpeningWords.marked(version.text(), version.paragraphs());
        boolean italicVerbs = document.kind() == DocumentKind.RESOLUTION || document.kind() == DocumentKind.DECISION;
        List<Block> blocks = version.paragraphs().stream()
                .map(paragraph -> block(paragraph, marked.get(paragraph.label()), italicVerbs)).toList();
        return new DraftLayout(List.copyOf(heading), symbol == null ? version.name() : symbol,
                symbol == null ? null : "Distr.: Limited", day(version.circulatedAt()),
                version.title() != null ? version.title() : document.title(), version.chapeau(), blocks, properties);
    }

    static String day(Instant instant) {
        return DAY.format(instant.atZone(NEW_YORK));
    }

    private static Block block(Paragraph paragraph, String marked, boolean italicVerbs) {
        String label = paragraph.label();
        String text = paragraph.text();
        Matcher operative = OPERATIVE.matcher(label);
        Matcher sub = SUB_PARAGRAPH.matcher(label);
        if (operative.matches()) {
            String opening = marked != null ? marked : italicVerbs ? OpeningWords.operative(text) : "";
            return new Operative(Integer.parseInt(operative.group(1)) + ".", opening, text.substring(opening.length()));
        }
        if (sub.matches()) {
            return new SubParagraph("(" + sub.group(1) + ")", text);
        }
        String opening = marked != null ? marked : OpeningWords.preambular(text);
        return new Preambular(opening, text.substring(opening.length()));
    }

    /** The symbol of the formal draft the adoption names, for the final text it adopted. */
    private static String symbolOf(DocumentStatus document, DraftVersion version) {
        return document.adoption() != null && document.adoption().draftSymbol() != null
                && version.label().equals(document.adoption().text()) ? document.adoption().draftSymbol() : null;
    }

    private static Optional<String> agendaItem(DocumentStatus document) {
        for (String where : new String[] {document.session(), document.mandate()}) {
            if (where != null) {
                Matcher item = AGENDA_ITEM.matcher(where);
                if (item.find()) {
                    return Optional.of(item.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** "71" becomes "Seventy-first session"; a session already named ("Special session") stays as it is. */
    static String sessionLine(String session) {
        String strip = session.strip();
        Matcher agenda = AGENDA_ITEM.matcher(strip);
        if (agenda.find()) {
            strip = strip.substring(0, agenda.start()).replaceFirst("[\\s,;]+$", "");
        }
        if (strip.matches("[1-9][0-9]{0,2}")) {
            String words = Ordinals.of(Integer.parseInt(strip));
            return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " session";
        }
        return strip.toLowerCase(Locale.ROOT).contains("session") ? strip : strip + " session";
    }
}
