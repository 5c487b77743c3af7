package org.draftline.api;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text is recorded only when PostgreSQL and JSON can keep it, in one normal form. */
class RecordableTextTest {

    @Test
    void aNulIsRefusedNamingTheFieldTheCharacterAndWhereItIs() {
        assertThatThrownBy(() -> RecordableText.of("x\u0000y", "comments"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("comments: a control character (U+0000) at character 2");
    }

    @Test
    void everyControlCharacterButTabAndNewlineIsRefused() {
        for (int control = 0; control <= 0x9F; control = control == 0x1F ? 0x7F : control + 1) {
            if (control == '\t' || control == '\n' || control == '\r') {
                continue;
            }
            String text = "a" + (char) control;
            assertThatThrownBy(() -> RecordableText.of(text, "note")).as("U+%04X", control)
                    .isInstanceOf(InvalidValue.class).hasMessageStartingWith("note: a control character");
        }
    }

    @Test
    void halvesOfSurrogatePairsAndNoncharactersAreRefused() {
        assertThatThrownBy(() -> RecordableText.of("\ud800", "title")).hasMessageContaining("half of a surrogate pair");
        assertThatThrownBy(() -> RecordableText.of("a\udc00b", "title")).hasMessageContaining("(U+DC00)");
        assertThatThrownBy(() -> RecordableText.of("\ufffe", "title")).hasMessageContaining("a noncharacter");
        assertThatThrownBy(() -> RecordableText.of("\ufdd0", "title")).hasMessageContaining("a noncharacter");
        assertThatThrownBy(() -> RecordableText.of(new String(Character.toChars(0x10FFFF)), "title"))
                .hasMessageContaining("(U+10FFFF)");
    }

    @Test
    void tabsNewlinesLineSeparatorsAndAnyScriptAreKept() {
        String text = "PP1\tRecalling,\n\u2028OP1 \u0645\u0635\u0631 \u4e2d\u6587 \ud83c\uddf2\ud83c\uddfd \u200f";
        assertThat(RecordableText.of(text, "text")).isEqualTo(text);
    }

    @Test
    void carriageReturnsBecomeNewlines() {
        assertThat(RecordableText.of("one\r\ntwo\rthree\n\rfour", "text")).isEqualTo("one\ntwo\nthree\n\nfour");
    }

    @Test
    void textIsRecordedComposed() {
        assertThat(RecordableText.of("Cafe\u0301 \u212b", "text")).isEqualTo("Caf\u00e9 \u00c5");
    }

    @Property
    void recordableTextIsKeptAsItsComposedForm(@ForAll("recordable") String text) {
        String recorded = RecordableText.of(text, "text");
        String withNewlines = text.replace("\r\n", "\n").replace('\r', '\n');
        assertThat(recorded).isEqualTo(Normalizer.normalize(withNewlines, Normalizer.Form.NFC));
        assertThat(RecordableText.of(recorded, "text")).isEqualTo(recorded);
    }

    @Property
    void oneUnrecordableCharacterAnywhereRefusesTheText(@ForAll("recordable") String text,
                                                       @ForAll("unrecordable") int character,
                                                       @ForAll @IntRange(max = 1000) int where) {
        int at = Math.min(where, text.length());
        if (at > 0 && Character.isHighSurrogate(text.charAt(at - 1))) {
            at--;
        }
        String poisoned = text.substring(0, at) + new String(Character.toChars(character)) + text.substring(at);
        assertThatThrownBy(() -> RecordableText.of(poisoned, "proposals[].text"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("proposals[].text: ")
                .hasMessageContaining(String.format("(U+%04X)", character));
    }

    /** Text of any script, with combining marks to compose, line ends of every kind, and tabs. */
    @Provide
    Arbitrary<String> recordable() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.integers().between(0x300, 0x36F)),
                Tuple.of(1, Arbitraries.of((int) '\t', (int) '\n', (int) '\r', 0x2028, 0x2029, 0x200F, 0x212B)),
                Tuple.of(3, Arbitraries.integers().between(0, Character.MAX_CODE_POINT)))
                .filter(character -> character == '\r' || RecordableText.unrecordable(character) == null);
        return codePoint.list().ofMaxSize(200).map(characters -> {
            StringBuilder text = new StringBuilder();
            characters.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    @Provide
    Arbitrary<Integer> unrecordable() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0x1F).filter(c -> c != '\t' && c != '\n' && c != '\r'),
                Arbitraries.integers().between(0x7F, 0x9F),
                Arbitraries.integers().between(0xD800, 0xDFFF),
                Arbitraries.integers().between(0xFDD0, 0xFDEF),
                Arbitraries.integers().between(0, 16).map(plane -> (plane << 16) | 0xFFFE),
                Arbitraries.integers().between(0, 16).map(plane -> (plane << 16) | 0xFFFF));
    }
}
