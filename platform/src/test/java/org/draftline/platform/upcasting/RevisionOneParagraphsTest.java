package org.draftline.platform.upcasting;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The frozen reader gives revision-1 events the labels Draftline's reader gave their texts when they were
 * circulated (pinned here, as that reader gave them), and reads on where that reader refused.
 */
class RevisionOneParagraphsTest {

    private static final String RESOLUTION = """
            # Strengthening cooperation for coastal resilience

            The General Assembly,

            *Recalling* its resolution 78/512 of 14 December 2023 on coastal ecosystems,

            Reaffirming the importance of international cooperation for reducing disaster risk
            in low-lying coastal areas and small island developing States,

            1. *Decides* to convene a one-day high-level meeting on coastal resilience;

            2. Encourages Member States to integrate coastal resilience into their plans
            and to share good practices on a voluntary basis:
               - through the regional commissions;
               - through South-South cooperation;

            3. Requests the Secretary-General:

                (a) To prepare a report on the implementation of the present resolution;

                (b) To identify good practices in early warning for coastal hazards;

            4. Decides to remain seized of the matter.
            """;

    static Stream<Arguments> textsTheReaderOfRevisionOneAccepted() {
        return Stream.of(
                arguments(RESOLUTION, List.of("PP1", "PP2", "OP1", "OP2", "OP3", "OP3(a)", "OP3(b)", "OP4")),
                arguments("PP1 Recalling its resolution 64/293,\nPP2 Reaffirming its commitment,\nOP1 Reaffirms the"
                        + " Plan;\nOP2: Decides\nOP3. Invites Member States", List.of("PP1", "PP2", "OP1", "OP2", "OP3")),
                arguments("\uFEFF**Political declaration**\r\n\r\nWe, the Heads of State and Government, assembled at"
                        + " United Nations Headquarters,\r\n\r\n1. Reaffirm our commitment;\r\n2. Decide to act.",
                        List.of("OP1", "OP2")),
                arguments("The Security Council,\nRecalling its resolutions,\n\n1. Decides to remain seized.",
                        List.of("PP1", "OP1")),
                arguments("Recalling its earlier resolutions,\n\nNoting the report,\n\n1. Decides:\n(a) one;\n(b) two;"
                        + "\n(c) three;", List.of("PP1", "PP2", "OP1", "OP1(a)", "OP1(b)", "OP1(c)")),
                arguments("1. A single operative paragraph", List.of("OP1")));
    }

    /** The labels are pinned: they must not follow a later reader, which records its own labels. */
    @ParameterizedTest
    @MethodSource("textsTheReaderOfRevisionOneAccepted")
    void givesTheLabelsTheReaderOfRevisionOneGave(String text, List<String> labels) {
        assertThat(RevisionOneParagraphs.labels(text)).containsExactlyElementsOf(labels);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PP1 Recalling\n1. Decides",
            "1. Decides\n\n3. Requests",
            "(a) outside any paragraph\n\n1. Decides",
            "1. Decides\n\nRecalling, after the operative part",
            "#\n\n1. Decides",
            "# Title\n\n## A heading inside\n\n1. Decides",
            "1.\n\n2. Decides"})
    void readsOnWhereTheReaderRefused(String text) {
        assertThat(RevisionOneParagraphs.labels(text)).isNotEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   \n\t", "\uFEFF", "\u0085", "# Only a title"})
    void aTextWithoutParagraphsHasNoLabels(String text) {
        assertThat(RevisionOneParagraphs.labels(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void keepsTheNumbersARefusedTextGives() {
        assertThat(RevisionOneParagraphs.labels("The General Assembly,\n\nRecalling its resolution,\n\n1. Reaffirms;"
                + "\n\n3. Decides;\n\n(b) Invites;\n\nPP4 Noting the report."))
                .containsExactly("PP1", "OP1", "OP3", "OP3(b)", "PP4");
    }
}
