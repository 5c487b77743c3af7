package org.draftline.api.draft;

import org.draftline.api.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Negotiators quote paragraphs by label, so a draft must read into the labels they would use, or be refused. */
class DraftTextTest {

    private static final String RESOLUTION = """
            # Strengthening cooperation for coastal resilience

            The General Assembly,

            *Recalling* its resolution 78/512 of 14 December 2023 on coastal ecosystems,

            Reaffirming the importance of international cooperation for reducing disaster risk
            in low-lying coastal areas and small island developing States,

            Noting with concern that rising sea levels threaten the livelihoods of coastal communities,

            Welcoming the work of the United Nations system in support of national adaptation planning,

            1. *Decides* to convene a one-day high-level meeting on coastal resilience during its eighty-second session;

            2. Encourages Member States to integrate coastal resilience into their national adaptation plans
            and to share good practices on a voluntary basis;

            3. Requests the Secretary-General:

                (a) To prepare a report on the implementation of the present resolution;

                (b) To identify good practices in early warning for coastal hazards;

                (c) To submit the report to the General Assembly at its eighty-third session;

            4. Invites the specialized agencies and related organizations to contribute to the report;

            5. Calls upon Member States in a position to do so to support the participation of the least developed countries;

            6. Decides to include in the provisional agenda of its eighty-third session the item entitled "Coastal resilience".
            """;

    @Test
    void readsAResolutionIntoPreambularOperativeAndSubParagraphs() {
        DraftText draft = DraftText.parse(RESOLUTION);

        assertThat(draft.title()).isEqualTo("Strengthening cooperation for coastal resilience");
        assertThat(draft.chapeau()).isEqualTo("The General Assembly,");
        assertThat(draft.paragraphs()).containsExactly(
                new Paragraph("PP1", "Recalling its resolution 78/512 of 14 December 2023 on coastal ecosystems,"),
                new Paragraph("PP2", "Reaffirming the importance of international cooperation for reducing disaster"
                        + " risk in low-lying coastal areas and small island developing States,"),
                new Paragraph("PP3", "Noting with concern that rising sea levels threaten the livelihoods of coastal"
                        + " communities,"),
                new Paragraph("PP4", "Welcoming the work of the United Nations system in support of national"
                        + " adaptation planning,"),
                new Paragraph("OP1", "Decides to convene a one-day high-level meeting on coastal resilience during"
                        + " its eighty-second session;"),
                new Paragraph("OP2", "Encourages Member States to integrate coastal resilience into their national"
                        + " adaptation plans and to share good practices on a voluntary basis;"),
                new Paragraph("OP3", "Requests the Secretary-General:"),
                new Paragraph("OP3(a)", "To prepare a report on the implementation of the present resolution;"),
                new Paragraph("OP3(b)", "To identify good practices in early warning for coastal hazards;"),
                new Paragraph("OP3(c)", "To submit the report to the General Assembly at its eighty-third session;"),
                new Paragraph("OP4", "Invites the specialized agencies and related organizations to contribute to"
                        + " the report;"),
                new Paragraph("OP5", "Calls upon Member States in a position to do so to support the participation"
                        + " of the least developed countries;"),
                new Paragraph("OP6", "Decides to include in the provisional agenda of its eighty-third session the"
                        + " item entitled \"Coastal resilience\"."));
    }

    @Test
    void findsAndCountsParagraphsByLabel() {
        DraftText draft = DraftText.parse(RESOLUTION);

        assertThat(draft.preambularCount()).isEqualTo(4);
        assertThat(draft.operativeCount()).isEqualTo(6);
        assertThat(draft.paragraph("OP3(b)")).map(Paragraph::text)
                .contains("To identify good practices in early warning for coastal hazards;");
        assertThat(draft.has("PP4")).isTrue();
        assertThat(draft.has("PP5")).isFalse();
        assertThat(draft.has("OP3(d)")).isFalse();
        assertThat(draft.paragraph("OP7")).isEmpty();
    }

    @Test
    void readsWindowsLineEndingsLikeUnixOnes() {
        DraftText draft = DraftText.parse(RESOLUTION.replace("\n", "\r\n"));

        assertThat(draft).isEqualTo(DraftText.parse(RESOLUTION));
        assertThat(draft.paragraphs()).noneMatch(paragraph -> paragraph.text().contains("\r"));
    }

    @Test
    void readsADeclarationWithABoldTitleAndAHeadsOfStateChapeau() {
        DraftText draft = DraftText.parse("""
                **Political declaration of the high-level meeting on water and climate resilience**

                We, the Heads of State and Government and representatives of States and Governments,
                assembled at United Nations Headquarters in New York on 24 September 2026,
                1. Reaffirm our commitment to the sustainable management of water for all;
                2. Recognize that water-related disasters are increasing in frequency and intensity;
                3. Commit to:
                (a) Strengthening early warning systems for floods and droughts;
                (b) Mobilizing finance for resilient water infrastructure,
                including through innovative partnerships;
                4. Decide to review progress at a high-level meeting in 2030.
                """);

        assertThat(draft.title())
                .isEqualTo("Political declaration of the high-level meeting on water and climate resilience");
        assertThat(draft.chapeau()).isEqualTo("We, the Heads of State and Government and representatives of States"
                + " and Governments, assembled at United Nations Headquarters in New York on 24 September 2026,");
        assertThat(draft.paragraphs()).containsExactly(
                new Paragraph("OP1", "Reaffirm our commitment to the sustainable management of water for all;"),
                new Paragraph("OP2", "Recognize that water-related disasters are increasing in frequency and"
                        + " intensity;"),
                new Paragraph("OP3", "Commit to:"),
                new Paragraph("OP3(a)", "Strengthening early warning systems for floods and droughts;"),
                new Paragraph("OP3(b)", "Mobilizing finance for resilient water infrastructure, including through"
                        + " innovative partnerships;"),
                new Paragraph("OP4", "Decide to review progress at a high-level meeting in 2030."));
        assertThat(draft.preambularCount()).isZero();
        assertThat(draft.operativeCount()).isEqualTo(4);
    }

    @Test
    void readsExplicitPpAndOpLabels() {
        DraftText draft = DraftText.parse("""
                The Security Council,
                PP1 Recalling its previous resolutions on the question,
                PP2: Noting with appreciation the report of the Secretary-General,
                OP1 Reaffirms the principles set out in the Charter of the United Nations;
                OP2. Decides to remain seized of the matter.
                """);

        assertThat(draft.title()).isNull();
        assertThat(draft.chapeau()).isEqualTo("The Security Council,");
        assertThat(draft.paragraphs()).containsExactly(
                new Paragraph("PP1", "Recalling its previous resolutions on the question,"),
                new Paragraph("PP2", "Noting with appreciation the report of the Secretary-General,"),
                new Paragraph("OP1", "Reaffirms the principles set out in the Charter of the United Nations;"),
                new Paragraph("OP2", "Decides to remain seized of the matter."));
    }

    @Test
    void anOrganChapeauEndsAtItsCommaEvenWithoutABlankLine() {
        DraftText draft = DraftText.parse("""
                The Economic and Social Council,
                Recalling its resolution 2024/99 on statistical capacity,

                1. Decides to hold a one-day meeting on statistical capacity.
                """);

        assertThat(draft.chapeau()).isEqualTo("The Economic and Social Council,");
        assertThat(draft.paragraphs()).containsExactly(
                new Paragraph("PP1", "Recalling its resolution 2024/99 on statistical capacity,"),
                new Paragraph("OP1", "Decides to hold a one-day meeting on statistical capacity."));
    }

    @Test
    void aTextWithoutTitleOrChapeauIsAllParagraphs() {
        DraftText draft = DraftText.parse("Recalling its resolution 78/512,\n\n1. Decides to convene a meeting.");

        assertThat(draft.title()).isNull();
        assertThat(draft.chapeau()).isNull();
        assertThat(draft.paragraphs()).extracting(Paragraph::label).containsExactly("PP1", "OP1");
    }

    /** What the circulation form's hint asks for, typed without any Markdown (issue 14). */
    @Test
    void readsAPlainFirstLineAsTheTitleAndTheOrganAsTheChapeau() {
        DraftText draft = DraftText.parse("""
                Strengthening cooperation on disaster risk data

                The General Assembly,

                Recalling its resolution 69/283 on the Sendai Framework,

                1. Calls upon Member States to collect disaster loss data;

                2. Requests the Secretary-General to report on it.
                """);

        assertThat(draft.title()).isEqualTo("Strengthening cooperation on disaster risk data");
        assertThat(draft.chapeau()).isEqualTo("The General Assembly,");
        assertThat(draft.labels()).containsExactly("PP1", "OP1", "OP2");
        assertThat(draft.paragraph("PP1")).map(Paragraph::text)
                .contains("Recalling its resolution 69/283 on the Sendai Framework,");
    }

    @Test
    void aPlainTitleMayStandRightAboveTheChapeau() {
        DraftText draft = DraftText.parse("""
                Political declaration on water
                We, the Heads of State and Government, assembled in New York,
                1. Commit to act.
                """);

        assertThat(draft.title()).isEqualTo("Political declaration on water");
        assertThat(draft.chapeau()).isEqualTo("We, the Heads of State and Government, assembled in New York,");
        assertThat(draft.labels()).containsExactly("OP1");
    }

    @Test
    void aFirstLineThatReadsAsAParagraphIsNoTitle() {
        assertThat(DraftText.parse("Noting the report of the Secretary-General,\n\n1. Decides to act.").title())
                .isNull();
        assertThat(DraftText.parse("Decides to convene a meeting").labels()).as("nothing follows it")
                .containsExactly("PP1");
        DraftText wrapped = DraftText.parse("Reaffirming the importance of data\nfor disaster risk reduction,\n\n"
                + "1. Decides to act.");
        assertThat(wrapped.title()).as("a paragraph wrapped over two lines").isNull();
        assertThat(wrapped.labels()).containsExactly("PP1", "OP1");
        assertThat(DraftText.parse("1. Decides to act\n\n2. Requests a report.").labels())
                .as("a numbered first line").containsExactly("OP1", "OP2");
    }

    /** A text circulated before plain titles were read keeps, on the record, the paragraphs it was given then. */
    @Test
    void aRecordedTextIsReadIntoTheParagraphsItWasRecordedWith() {
        String text = "Disaster risk data\n\nThe General Assembly,\n\nRecalling its resolution 69/283,\n\n"
                + "1. Decides to act.";

        DraftText asRecordedThen = DraftText.readRecorded(text, List.of("PP1", "PP2", "PP3", "OP1"));
        assertThat(asRecordedThen.title()).isNull();
        assertThat(asRecordedThen.paragraph("PP3")).map(Paragraph::text).contains("Recalling its resolution 69/283,");

        DraftText asRecordedNow = DraftText.readRecorded(text, List.of("PP1", "OP1"));
        assertThat(asRecordedNow.title()).isEqualTo("Disaster risk data");
        assertThat(asRecordedNow.paragraph("PP1")).map(Paragraph::text).contains("Recalling its resolution 69/283,");

        assertThat(DraftText.readRecorded(text, null).labels()).as("no labels kept: the earlier reading")
                .containsExactly("PP1", "PP2", "PP3", "OP1");
    }

    @Test
    void anIndentedOrListedBlockContinuesTheLastOperativeParagraph() {
        DraftText draft = DraftText.parse("""
                1. Requests the Secretary-General to report on:

                   - progress in implementation;
                   - remaining gaps;

                2. Decides to remain seized of the matter.
                """);

        assertThat(draft.paragraphs()).containsExactly(
                new Paragraph("OP1", "Requests the Secretary-General to report on: - progress in implementation;"
                        + " - remaining gaps;"),
                new Paragraph("OP2", "Decides to remain seized of the matter."));
    }

    @Test
    void aParagraphOfExactlyTheLimitIsAccepted() {
        DraftText draft = DraftText.parse("1. " + "a".repeat(20_000));

        assertThat(draft.paragraph("OP1")).map(paragraph -> paragraph.text().length()).contains(20_000);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " \n\t\r\n "})
    void refusesAMissingText(String text) {
        assertRefused(text, "text: required");
    }

    @Test
    void refusesATitleWithoutParagraphs() {
        assertThatThrownBy(() -> DraftText.parse("# Draft resolution on coastal resilience\n\n"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("text: no paragraph;");
        assertThatThrownBy(() -> DraftText.parse("# Draft resolution\n\nThe General Assembly,\n"))
                .hasMessageStartingWith("text: no paragraph;");
    }

    @Test
    void refusesAGapInTheOperativeNumbering() {
        assertRefused("""
                The General Assembly,

                1. Decides to convene a meeting;

                3. Requests a report.
                """, "text: line 5 \"3. Requests a report.\" is operative paragraph 3; expected 2");
    }

    @Test
    void refusesARepeatedOperativeNumber() {
        assertRefused("1. Decides to convene a meeting;\n1. Requests a report.",
                "text: line 2 \"1. Requests a report.\" is operative paragraph 1; expected 2");
    }

    @Test
    void refusesASubParagraphBeforeAnyOperativeParagraph() {
        assertRefused("""
                The General Assembly,

                Recalling its resolution 78/512,

                (a) To prepare a report;
                """, "text: line 5 \"(a) To prepare a report;\" is a sub-paragraph outside any operative paragraph");
    }

    @Test
    void refusesSubParagraphLettersOutOfOrder() {
        assertRefused("""
                1. Requests the Secretary-General:
                   (a) To prepare a report;
                   (c) To submit it in 2027;
                """, "text: line 3 \"(c) To submit it in 2027;\" is sub-paragraph (c); expected (b)");
    }

    @Test
    void refusesNumberedParagraphsInALabelledText() {
        assertRefused("PP1 Recalling its resolution 78/512,\n\n1. Decides to convene a meeting;",
                "text: line 3 \"1. Decides to convene a meeting;\" mixes styles:"
                        + " it carries no PP/OP label but the paragraphs before it do");
    }

    @Test
    void refusesLabelsInAnUnlabelledText() {
        assertRefused("Recalling its resolution 78/512,\n\nOP1 Decides to convene a meeting;",
                "text: line 3 \"OP1 Decides to convene a meeting;\" mixes styles:"
                        + " it carries a PP/OP label but the paragraphs before it do not");
    }

    @Test
    void refusesAPreambularLabelAfterTheOperativePart() {
        assertRefused("PP1 Recalling its resolution 78/512,\nOP1 Decides to convene a meeting;\nPP2 Noting the report,",
                "text: line 3 \"PP2 Noting the report,\" is a preambular paragraph after the operative part");
    }

    @Test
    void refusesAnUnnumberedParagraphAfterTheOperativePart() {
        assertRefused("1. Decides to convene a meeting;\n\nRequests a report.",
                "text: line 3 \"Requests a report.\" is an unnumbered paragraph after the operative part;"
                        + " number it, or indent it to continue the paragraph above");
    }

    @Test
    void refusesAHeadingAfterTheTitle() {
        assertRefused("# Political declaration\n\n1. Commit to act;\n\n## Follow-up\n\n2. Decide to review.",
                "text: line 5 \"## Follow-up\" is a heading; only the first line of a draft can be its title");
    }

    @Test
    void refusesANumberWithoutText() {
        assertRefused("1. Decides to convene a meeting;\n2.\n", "text: line 2 \"2.\" has no text");
    }

    @Test
    void refusesATextOverHalfAMillionCharacters() {
        assertRefused("1. " + "a".repeat(499_998), "text: 500,001 characters; a draft has at most 500,000");
    }

    @Test
    void refusesAParagraphOverTwentyThousandCharacters() {
        assertRefused("Recalling its resolution 78/512,\n\n1. " + "a".repeat(20_001),
                "text: line 3 \"1. " + "a".repeat(37) + " ...\""
                        + " starts OP1, which runs to 20,001 characters; a paragraph has at most 20,000");
    }

    @Test
    void refusesMoreThanTwoThousandParagraphs() {
        StringBuilder text = new StringBuilder();
        for (int number = 1; number <= 2_001; number++) {
            text.append("Recalling ").append(number).append(",\n\n");
        }
        assertRefused(text.toString(),
                "text: line 4001 \"Recalling 2001,\" would be paragraph 2,001; a draft has at most 2,000");
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> DraftText.parse(text))
                .isInstanceOf(InvalidValue.class)
                .hasMessage(message)
                .extracting(thrown -> ((InvalidValue) thrown).field()).isEqualTo("text");
    }
}
