package org.draftline.api;

import org.draftline.api.actor.Role;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainWordsTest {

    @Test
    void anEventTypeReadsAsAPhrase() {
        assertThat(PlainWords.eventType("SilenceBroken")).isEqualTo("Silence broken");
        assertThat(PlainWords.eventType("DocumentRegistered")).isEqualTo("Document registered");
        assertThat(PlainWords.eventType("CoFacilitatorsAppointed")).isEqualTo("Co-facilitators appointed");
    }

    @Test
    void noStageOrRoleOrChoiceKeepsItsCode() {
        for (Stage stage : Stage.values()) {
            assertThat(PlainWords.stage(stage)).doesNotContain("_").isNotEqualTo(stage.name());
        }
        for (Role role : Role.values()) {
            assertThat(PlainWords.role(role)).isNotEqualTo(role.name());
        }
        assertThat(PlainWords.role("SECRETARIAT")).isEqualTo("Secretariat");
        assertThat(PlainWords.enumName(AdoptionMethod.WITHOUT_A_VOTE)).isEqualTo("Without a vote");
    }

    @Test
    void aFieldReadsAsAFormLabelsIt() {
        assertThat(PlainWords.field("occurredAt")).isEqualTo("Happened at");
        assertThat(PlainWords.field("inputDeadline")).isEqualTo("Input deadline");
        assertThat(PlainWords.field("coFacilitators[1].delegation")).isEqualTo("Co-facilitators: delegation");
        assertThat(PlainWords.field("paragraphs[].alternatives[].supportedBy"))
                .isEqualTo("Paragraphs: alternatives: supported by");
        assertThat(PlainWords.field("")).isEmpty();
    }
}
