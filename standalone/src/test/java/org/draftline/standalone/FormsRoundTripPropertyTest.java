package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.assertj.core.api.SoftAssertions;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text field of every form of the pages keeps what was typed: texts with commas, quotes, semicolons,
 * brackets, new lines, right-to-left and non-Latin scripts go through each form as a browser posts it (signed
 * in, with the page's CSRF token, line breaks as CR LF) and come back unchanged from the API's audit trail,
 * with their line breaks as the API keeps them (LF). One try is one negotiation from registration to its
 * withdrawal or adoption, so every form is used in a stage where it is allowed.
 */
class FormsRoundTripPropertyTest {

    /** Each try posts sixteen forms and waits for the read models after each: five keep it near a minute. */
    private static final int TRIES = 5;
    private static final int TEXTS_PER_TRY = 28;
    private static final DateTimeFormatter DATETIME_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final AtomicInteger DOCUMENTS = new AtomicInteger();

    private static ApiClient api;
    private static PageClient secretariat;
    private static PageClient belgium;
    private static PageClient mexico;
    private static PageClient ecuador;

    @BeforeContainer
    static void signIn() {
        api = SharedServer.client();
        secretariat = PageClient.signedIn(api.base(), "secretariat");
        belgium = PageClient.signedIn(api.base(), "belgium");
        mexico = PageClient.signedIn(api.base(), "mexico");
        ecuador = PageClient.signedIn(api.base(), "ecuador");
    }

    @Property(tries = TRIES)
    void everyFormKeepsEveryWord(@ForAll("texts") List<String> generated, @ForAll boolean secondCoFacilitatorRow,
                                 @ForAll boolean adoptedRatherThanWithdrawn) {
        Iterator<String> texts = generated.iterator();
        String document = "forms-words-" + DOCUMENTS.incrementAndGet();
        String page = "/documents/" + document;
        List<Sent> sent = new ArrayList<>();

        post(secretariat, "/documents", fields(sent, "DocumentRegistered", "id", document,
                "title*", texts.next(), "kind", "RESOLUTION", "body*", texts.next(), "session*", texts.next(),
                "mandate*", texts.next()));
        List<Object> appointment = new ArrayList<>(List.of("delegation", "BEL", "representative*", texts.next()));
        if (secondCoFacilitatorRow) {
            appointment.addAll(List.of("delegation", "QAT", "representative*", texts.next()));
        }
        appointment.addAll(List.of("letter*", texts.next()));
        post(secretariat, page + "/co-facilitators", fields(sent, "CoFacilitatorsAppointed",
                appointment.toArray()));
        post(belgium, page + "/zero-draft", fields(sent, "ZeroDraftCirculated", "text*",
                draft(texts.next(), texts.next())));
        post(mexico, page + "/inputs", fields(sent, "InputSubmitted", "onDraft", "zero",
                "comments*", texts.next(), "paragraph", "OP1", "action", "AMEND", "proposalText*", texts.next()));
        post(ecuador, page + "/inputs", fields(sent, "InputSubmitted", "onDraft", "zero",
                "comments*", texts.next(), "paragraph", "OP1", "action", "INSERT_AFTER", "proposalText*", texts.next(),
                "paragraph", "PP1", "action", "AMEND", "proposalText*", texts.next(),
                "paragraph", "", "action", "AMEND", "proposalText", ""));
        post(belgium, page + "/meetings", fields(sent, "MeetingRecorded", "kind", "BRIEFING",
                "title*", texts.next(), "heldOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                "summary*", texts.next()));
        post(belgium, page + "/supporting-documents", fields(sent, "SupportingDocumentPublished",
                "kind", "CONCEPT_NOTE", "title*", texts.next(), "url", "https://example.org/notes?on=OP1,OP2"));
        post(belgium, page + "/input-window", fields(sent, "InputWindowOpened", "deadline", inDays(5),
                "deadlineZone", "UTC"));
        post(belgium, page + "/revised-drafts", fields(sent, "RevisedDraftCirculated", "text*",
                draft(texts.next(), texts.next()), "inputDeadline", inDays(6),
                "inputDeadlineZone", zoneOffered(belgium, page, "Geneva")));
        post(belgium, page + "/silence", fields(sent, "SilenceStarted", "deadline", inDays(3),
                "deadlineZone", "America/New_York"));
        post(belgium, page + "/silence/extension", fields(sent, "SilenceExtended", "deadline", inDays(4),
                "deadlineZone", "America/New_York"));
        post(mexico, page + "/silence/breaks", fields(sent, "SilenceBroken", "reason*", texts.next(),
                "paragraph", "OP1", "action", "AMEND", "proposalText*", texts.next()));
        post(belgium, page + "/revised-drafts", fields(sent, "RevisedDraftCirculated", "text*",
                draft(texts.next(), texts.next())));
        post(belgium, page + "/final-draft", fields(sent, "FinalDraftCirculated", "text*",
                draft(texts.next(), texts.next())));
        post(belgium, page + "/consensus", fields(sent, "ConsensusDeclared", "note*", texts.next()));
        if (adoptedRatherThanWithdrawn) {
            int number = DOCUMENTS.get();
            post(secretariat, page + "/adoption", fields(sent, "DocumentAdopted", "symbol*", "A/RES/81/" + number,
                    "adoptedOn", LocalDate.now(ZoneOffset.UTC).toString(), "method", "RECORDED_VOTE", "yes", "120",
                    "no", "3", "abstain", "40", "draftSymbol*", "A/81/L." + number));
        } else {
            post(secretariat, page + "/withdrawal", fields(sent, "DocumentWithdrawn", "reason*", texts.next()));
        }

        assertRecordedAsSent(document, sent);
    }

    /** The texts one form sent, to be found in the event it recorded. */
    private record Sent(String event, List<String> texts) {
    }

    /**
     * The form's fields in order; a name marked {@code *} is a text that must come back, noted under the event
     * the form records.
     */
    private static List<Map.Entry<String, String>> fields(List<Sent> sent, String event, Object... namesAndValues) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            String name = (String) namesAndValues[index];
            String value = (String) namesAndValues[index + 1];
            if (name.endsWith("*")) {
                name = name.substring(0, name.length() - 1);
                texts.add(value);
            }
            fields.add(entry(name, value));
        }
        sent.add(new Sent(event, texts));
        return fields;
    }

    /** Posts as a browser encodes a form: a line break typed in a text area is sent as CR LF. */
    private static void post(PageClient user, String action, List<Map.Entry<String, String>> fields) {
        PageClient.Posted posted = user.post(action, fields.stream()
                .map(field -> entry(field.getKey(), field.getValue().replace("\n", "\r\n"))).toList());
        assertThat(posted.recorded()).as("%s posted %s and was sent to %s", action, fields, posted).isTrue();
    }

    /** Every text sent is found, whole, among the strings of the event its form recorded (the n-th of its type). */
    private static void assertRecordedAsSent(String document, List<Sent> sent) {
        ApiClient.Answer history = api.get("observer", "/api/documents/" + document + "/history?size=200");
        assertThat(history.status()).as("%s", history).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        history.body().get("entries").forEach(entries::add);
        entries.sort(Comparator.comparingLong(entry -> entry.get("sequence").asLong()));
        Map<String, List<List<String>>> recorded = new HashMap<>();
        for (JsonNode entry : entries) {
            List<String> strings = new ArrayList<>();
            collectStrings(entry.get("details"), strings);
            recorded.computeIfAbsent(entry.get("type").asText(), type -> new ArrayList<>())
                    .add(strings.stream().map(FormsRoundTripPropertyTest::nfc).toList());
        }
        Map<String, Integer> seen = new HashMap<>();
        SoftAssertions softly = new SoftAssertions();
        for (Sent form : sent) {
            int nth = seen.merge(form.event(), 1, Integer::sum) - 1;
            List<List<String>> ofType = recorded.getOrDefault(form.event(), List.of());
            softly.assertThat(ofType.size()).as("%s recorded", form.event()).isGreaterThan(nth);
            List<String> strings = nth < ofType.size() ? ofType.get(nth) : List.of();
            for (String text : form.texts()) {
                softly.assertThat(strings).as("%s #%d keeps the text sent", form.event(), nth + 1).contains(nfc(text));
            }
        }
        softly.assertAll();
    }

    private static void collectStrings(JsonNode node, List<String> strings) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.elements().forEachRemaining(child -> collectStrings(child, strings));
    }

    /** A draft the parser reads into a preambular and an operative paragraph, each carrying generated words. */
    private static String draft(String preambular, String operative) {
        return "The General Assembly,\n\n*Recalling* " + oneLine(preambular) + ",\n\n1. Decides "
                + oneLine(operative) + ";";
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    /** The value of the time-zone choice the page labels {@code label}, as a browser would send it. */
    private static String zoneOffered(PageClient user, String page, String label) {
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>" + label + "</option>")
                .matcher(user.page(page));
        assertThat(option.find()).as("the page offers %s", label).isTrue();
        return option.group(1);
    }

    private static String inDays(int days) {
        return LocalDateTime.now(ZoneOffset.UTC).plusDays(days).truncatedTo(ChronoUnit.MINUTES).format(DATETIME_LOCAL);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return text().list().ofSize(TEXTS_PER_TRY);
    }

    /**
     * Words of several scripts and directions between the punctuation that form encodings and list
     * conversions are known to trip on, with new lines; stripped (the record keeps no surrounding blanks) and
     * in NFC (as the record keeps it).
     */
    static Arbitrary<String> text() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(4, word('a', 'z')),
                Tuple.of(2, word('\u0621', '\u064A')),
                Tuple.of(2, word('\u05D0', '\u05EA')),
                Tuple.of(2, word('\u4E00', '\u9FA5')),
                Tuple.of(2, word('\u0410', '\u044F')),
                Tuple.of(2, devanagari()),
                Tuple.of(1, Arbitraries.of("é", "e\u0301", "ñ", "Ø", "ß", "ç", "🌍", "🕊")),
                Tuple.of(5, Arbitraries.of(",", ",", ";", "\"", "'", "(", ")", "[", "]", "{", "}",
                        "<", ">", "&", "=", "+", "%", "#", "/", "\\", "|", "?", "!", ":", "*", "“", "”", "«", "»",
                        "—", "…", "،", "؛", "。", "，", "\n", "\n\n", "\t")));
        Arbitrary<String> separator = Arbitraries.of(" ", "", ", ", "; ", " ");
        return Combinators.combine(token, separator).as(String::concat).list().ofMinSize(1).ofMaxSize(12)
                .map(parts -> String.join("", parts).strip())
                .map(text -> nfc(text.isEmpty() ? "x" : text));
    }

    private static Arbitrary<String> word(char from, char to) {
        return Arbitraries.strings().withCharRange(from, to).ofMinLength(1).ofMaxLength(8);
    }

    /** Devanagari consonants, each maybe with a vowel sign, as Hindi is written. */
    private static Arbitrary<String> devanagari() {
        Arbitrary<String> syllable = Combinators.combine(Arbitraries.chars().range('\u0915', '\u0939'),
                Arbitraries.chars().range('\u093E', '\u094C').injectNull(0.4)).as((consonant, sign) ->
                sign == null ? String.valueOf(consonant) : "" + consonant + sign);
        return syllable.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts));
    }
}
