package org.draftline.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Set;

/**
 * Circulation events at revision 1 carried only the text; revision 2 also carries the paragraph labels,
 * so that loading a document never reads a recorded text again. This fills them in by reading the text
 * once, as the reader of revision 1 did ({@link RevisionOneParagraphs}). The stored type names are
 * spelled out: they are what the store holds, whatever the classes are called later.
 */
final class DraftCirculationUpcaster extends SingleEventUpcaster {

    private static final Set<String> CIRCULATIONS = Set.of(
            "org.draftline.api.document.DocumentEvent$ZeroDraftCirculated",
            "org.draftline.api.document.DocumentEvent$RevisedDraftCirculated",
            "org.draftline.api.document.DocumentEvent$FinalDraftCirculated");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return CIRCULATIONS.contains(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), "2"),
                JsonNode.class, DraftCirculationUpcaster::withParagraphs);
    }

    private static JsonNode withParagraphs(JsonNode revisionOne) {
        ObjectNode revisionTwo = revisionOne.deepCopy();
        JsonNode text = revisionOne.get("text");
        ArrayNode paragraphs = revisionTwo.putArray("paragraphs");
        RevisionOneParagraphs.labels(text == null || text.isNull() ? null : text.asText()).forEach(paragraphs::add);
        return revisionTwo;
    }
}
