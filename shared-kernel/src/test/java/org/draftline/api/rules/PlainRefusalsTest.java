package org.draftline.api.rules;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PlainRefusalsTest {

    private static final Pattern CODE = Pattern.compile("[A-Z]+_[A-Z_]+");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @Test
    void everyRuleHasASentenceWithoutItsCode() {
        for (NegotiationRule rule : NegotiationRule.values()) {
            String sentence = PlainRefusals.lead(rule);
            assertThat(sentence).as(rule.name()).endsWith(".").doesNotContain(rule.name());
            assertThat(CODE.matcher(sentence).find()).as(sentence).isFalse();
        }
    }

    @Test
    void aDeadlineRefusalNamesTheTimesAsPeopleReadThem() {
        String plain = PlainRefusals.of(NegotiationRule.DEADLINE_NOT_AFTER_START,
                "the deadline 2026-11-30T20:00:00Z must fall after 2026-11-30T21:06:13.123456789Z");
        assertThat(plain).isEqualTo("The deadline must come after the act that sets it. The deadline "
                + "30 Nov 2026, 15:00 New York time (20:00 UTC) must fall after 30 Nov 2026, 16:06 New York time "
                + "(21:06 UTC).");
    }

    @Test
    void stagesRolesAndDelegationsAreNamedNotCoded() {
        String plain = PlainRefusals.of(NegotiationRule.WRONG_STAGE,
                "consensus follows a final draft or a passed silence; the document is at SILENCE_BROKEN");
        assertThat(plain).endsWith("the document is at silence broken.");
        String delegation = PlainRefusals.of(NegotiationRule.NOT_YOUR_DELEGATION,
                "a delegate of MEX cannot submit input in the name of ECU");
        assertThat(delegation).contains("A delegate of Mexico", "in the name of Ecuador");
    }

    @Test
    void dropsTheFieldNameAndApiAddresses() {
        String plain = PlainRefusals.of(NegotiationRule.NOT_MANDATED_FOR_GROUP,
                "onBehalfOf: MEX has no mandate to speak for G77 on 2026-12-01 (UTC); the secretariat records who "
                        + "speaks for a group (POST /api/groups/G77/spokespersons)");
        assertThat(plain).doesNotContain("onBehalfOf", "/api/").contains("Mexico has no mandate");
        assertThat(ISO.matcher(plain).find()).isFalse();
    }

    @Test
    void anEmptyDetailLeavesTheSentenceAlone() {
        assertThat(PlainRefusals.of(NegotiationRule.SILENCE_NOT_RUNNING, null)).isEqualTo("No silence procedure is running.");
    }
}
