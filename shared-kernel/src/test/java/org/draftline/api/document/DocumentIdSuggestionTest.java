package org.draftline.api.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIdSuggestionTest {

    @Test
    void theAddressIsMadeFromTheTitle() {
        assertThat(DocumentId.suggestedFor("Political declaration on trafficking in persons, 2017").value())
                .isEqualTo("political-declaration-on-trafficking-in-persons-2017");
        assertThat(DocumentId.suggestedFor("  Déclaration politique — Côte d'Ivoire  ").value())
                .isEqualTo("declaration-politique-cote-d-ivoire");
    }

    @Test
    void aLongTitleEndsOnAWholeWordWithinEightyCharacters() {
        String address = DocumentId.suggestedFor("Modalities for the high-level meeting of the General Assembly on "
                + "the appraisal of the Global Plan of Action to Combat Trafficking in Persons").value();
        assertThat(address).hasSizeLessThanOrEqualTo(80).startsWith("modalities-for-the-high-level-meeting")
                .doesNotEndWith("-");
        assertThat("modalities-for-the-high-level-meeting-of-the-general-assembly-on-the-appraisal-of-the")
                .startsWith(address);
    }

    @Test
    void aTitleWithoutEnoughLettersStillGivesAnAddress() {
        assertThat(DocumentId.suggestedFor("Ω").value()).isEqualTo("document");
        assertThat(DocumentId.suggestedFor("A1").value()).isEqualTo("document-a1");
    }
}
