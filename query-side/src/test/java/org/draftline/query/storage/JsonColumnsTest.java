package org.draftline.query.storage;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsAppointed;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.ZeroDraftCirculated;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.silence.SilenceOutcome;
import org.draftline.api.draft.DraftLabel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail's details written in one pass say what converting the event to a map and writing it said. */
class JsonColumnsTest {

    private static final DocumentId DOCUMENT = new DocumentId("json-columns-test");
    private static final Instant AT = Instant.parse("2026-11-30T09:15:30.123456Z");

    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json().build();
    private final JsonColumns json = new JsonColumns(mapper);

    static List<DocumentEvent> events() {
        return List.of(
                new DocumentRegistered(DOCUMENT, "A title with \"quotes\" and ü", DocumentKind.RESOLUTION,
                        "General Assembly", null, null, AT),
                new CoFacilitatorsAppointed(DOCUMENT, List.of(new CoFacilitator(Delegation.of("BEL"), "Belgium")),
                        null, AT),
                new ZeroDraftCirculated(DOCUMENT, DraftLabel.ZERO, "1. One\n2. Two", List.of("1", "2"), AT),
                new InputSubmitted(DOCUMENT, DraftLabel.ZERO, Delegation.of("MEX"), null, "Comments", List.of(), AT),
                new SilenceConcluded(DOCUMENT, 2, SilenceOutcome.PASSED,
                        List.of(Delegation.of("QAT"), Delegation.of("EU")), AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void writesAnEventWithoutOneFieldAsItsMapWithoutThatField(DocumentEvent event) throws Exception {
        Map<String, Object> details = json.convert(event, new TypeReference<Map<String, Object>>() {
        });
        details.remove("documentId");

        String written = json.writeWithout(event, "documentId");

        assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(json.write(details)));
        assertThat(written).doesNotContain(DOCUMENT.value());
    }
}
