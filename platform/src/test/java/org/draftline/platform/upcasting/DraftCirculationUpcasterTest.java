package org.draftline.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Circulations stored at revision 1 come out at revision 2 with their labels; nothing else is touched. */
class DraftCirculationUpcasterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "org.draftline.api.document.DocumentEvent$";

    @ParameterizedTest
    @ValueSource(strings = {"ZeroDraftCirculated", "RevisedDraftCirculated", "FinalDraftCirculated"})
    void aCirculationOfRevisionOneGetsItsParagraphLabels(String type) throws Exception {
        IntermediateEventRepresentation upcast = upcast(EVENTS + type, "1",
                "{\"documentId\":\"doc-1\",\"label\":\"zero\",\"text\":\"Recalling,\\n\\n1. Decides\\n(a) one\","
                        + "\"occurredAt\":\"2017-03-01T14:00:00Z\"}");
        assertThat(upcast.getType().getName()).isEqualTo(EVENTS + type);
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.getData(JsonNode.class).getData();
        assertThat(payload.get("paragraphs")).isEqualTo(JSON.readTree("[\"PP1\",\"OP1\",\"OP1(a)\"]"));
        assertThat(payload.get("text").asText()).isEqualTo("Recalling,\n\n1. Decides\n(a) one");
    }

    @Test
    void aCirculationWithoutReadableTextGetsNoLabelsRatherThanFailing() throws Exception {
        IntermediateEventRepresentation upcast = upcast(EVENTS + "ZeroDraftCirculated", "1",
                "{\"documentId\":\"doc-1\",\"label\":\"zero\",\"text\":null}");
        assertThat(upcast.getData(JsonNode.class).getData().get("paragraphs")).isEmpty();
    }

    @Test
    void leavesOtherEventsAndLaterRevisionsAlone() {
        String revisionTwo = "{\"documentId\":\"doc-1\",\"text\":\"1. A\",\"paragraphs\":[\"OP9\"]}";
        IntermediateEventRepresentation later = upcast(EVENTS + "ZeroDraftCirculated", "2", revisionTwo);
        assertThat(later.getType().getRevision()).isEqualTo("2");
        assertThat(later.getData(JsonNode.class).getData().get("paragraphs").get(0).asText()).isEqualTo("OP9");
        IntermediateEventRepresentation other = upcast(EVENTS + "MeetingRecorded", "1", "{\"documentId\":\"doc-1\"}");
        assertThat(other.getType().getRevision()).isEqualTo("1");
        assertThat(other.getData(JsonNode.class).getData().has("paragraphs")).isFalse();
    }

    private static IntermediateEventRepresentation upcast(String type, String revision, String payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("NegotiatedDocument", "doc-1", 0, "id-1",
                "2017-03-01T14:00:00Z", type, revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = EventUpcasters.chain().upcast(Stream.of(
                new InitialEventRepresentation(stored, JacksonSerializer.defaultSerializer()))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }
}
