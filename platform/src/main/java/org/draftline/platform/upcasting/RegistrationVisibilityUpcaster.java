package org.draftline.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * A registration at revision 1 named no visibility: every document was then open to all who signed in, so
 * revision 2 reads it as {@code PUBLIC}. The stored type name is spelled out, as the store holds it.
 */
final class RegistrationVisibilityUpcaster extends SingleEventUpcaster {

    private static final String REGISTRATION = "org.draftline.api.document.DocumentEvent$DocumentRegistered";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REGISTRATION.equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(REGISTRATION, "2"), JsonNode.class,
                revisionOne -> {
                    ObjectNode revisionTwo = revisionOne.deepCopy();
                    revisionTwo.put("visibility", "PUBLIC");
                    return revisionTwo;
                });
    }
}
