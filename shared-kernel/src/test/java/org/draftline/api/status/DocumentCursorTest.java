package org.draftline.api.status;

import org.draftline.api.InvalidValue;
import org.draftline.api.document.DocumentId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentCursorTest {

    @Test
    void aTokenReadsBackAsTheSameCursorToTheMicrosecond() {
        DocumentCursor cursor = new DocumentCursor(Instant.parse("2017-01-02T03:04:05.123456Z"),
                DocumentId.of("resolution-on-oceans"));
        assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
        assertThat(DocumentCursor.parse(cursor.token())).isEqualTo(cursor);
    }

    @Test
    void noTokenIsTheFirstPage() {
        assertThat(DocumentCursor.parse(null)).isNull();
        assertThat(DocumentCursor.parse(" ")).isNull();
    }

    @Test
    void cannotReadATokenThisListDidNotGive() {
        for (String token : new String[] {"not-a-cursor", "%%", "MjAxNw", "bm90IGEgY3Vyc29y",
                // a real time with an id that is no slug
                java.util.Base64.getUrlEncoder().encodeToString("2017-01-02T00:00:00Z Not A Slug".getBytes())}) {
            assertThatThrownBy(() -> DocumentCursor.parse(token)).as(token).isInstanceOf(InvalidValue.class)
                    .extracting(failure -> ((InvalidValue) failure).field()).isEqualTo("after");
        }
    }

    @Test
    void cannotReadATokenWithATimeNoRegistrationHas() {
        // Instant reads these, PostgreSQL's timestamps cannot hold some, and no registration is dated so
        for (String time : new String[] {"-4714-11-24T00:00:00Z", "+294277-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                "1945-10-23T23:59:59Z", "+10000-01-01T00:00:00Z"}) {
            String token = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((time + " resolution-on-oceans").getBytes());
            assertThatThrownBy(() -> DocumentCursor.parse(token)).as(time).isInstanceOf(InvalidValue.class)
                    .extracting(failure -> ((InvalidValue) failure).field()).isEqualTo("after");
        }
        String earliest = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1945-10-24T00:00:00Z resolution-on-oceans".getBytes());
        assertThat(DocumentCursor.parse(earliest).registeredAt()).isEqualTo(Instant.parse("1945-10-24T00:00:00Z"));
    }

    @Test
    void cannotAskAPageOutsideOneToOneThousand() {
        assertThat(FindDocumentPage.first(1000).size()).isEqualTo(1000);
        for (int size : new int[] {0, -1, 1001}) {
            assertThatThrownBy(() -> FindDocumentPage.first(size)).isInstanceOf(InvalidValue.class)
                    .extracting(failure -> ((InvalidValue) failure).field()).isEqualTo("size");
        }
    }
}
