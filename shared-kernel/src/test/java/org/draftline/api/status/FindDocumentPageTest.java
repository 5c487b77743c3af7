package org.draftline.api.status;

import org.draftline.api.InvalidValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindDocumentPageTest {

    private static FindDocumentPage titled(String title) {
        return new FindDocumentPage(10, null, null, null, null, title);
    }

    @Test
    void aTitleSearchIsInTheFormTitlesAreRecordedIn() {
        // "Déclaration" with the accent as a combining mark, as some keyboards and copies send it
        assertThat(titled(" De\u0301claration ").title()).isEqualTo("D\u00e9claration");
        assertThat(titled("D\u00e9claration").title()).isEqualTo("D\u00e9claration");
    }

    @Test
    void aTitleSearchCountsCharactersNotHalvesOfSurrogatePairs() {
        assertThat(titled("\uD83C\uDF0D".repeat(200)).title()).hasSize(400);
        assertThatThrownBy(() -> titled("\uD83C\uDF0D".repeat(201))).isInstanceOf(InvalidValue.class)
                .extracting(failure -> ((InvalidValue) failure).field()).isEqualTo("title");
        assertThatThrownBy(() -> titled("x".repeat(201))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> titled("a\u0000b")).isInstanceOf(InvalidValue.class)
                .extracting(failure -> ((InvalidValue) failure).field()).isEqualTo("title");
    }
}
