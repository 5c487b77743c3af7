package org.draftline.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmphasisTest {

    @Test
    void wordsBetweenAsterisksAreItalic() {
        assertThat(Emphasis.of("*Recognizing* the work of *the Office*, and"))
                .containsExactly(new Emphasis("Recognizing", true), new Emphasis(" the work of ", false),
                        new Emphasis("the Office", true), new Emphasis(", and", false));
    }

    @Test
    void aLoneOrSpacedAsteriskStaysAsWritten() {
        assertThat(Emphasis.of("3 * 4 and 5*")).containsExactly(new Emphasis("3 * 4 and 5*", false));
        assertThat(Emphasis.of("a * b * c")).containsExactly(new Emphasis("a * b * c", false));
    }

    @Test
    void markupInsideStaysText() {
        assertThat(Emphasis.of("*<script>x</script>*"))
                .containsExactly(new Emphasis("<script>x</script>", true));
    }

    @Test
    void nothingGivesNothing() {
        assertThat(Emphasis.of(null)).isEmpty();
    }
}
