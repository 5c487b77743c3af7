package org.draftline.platform.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Every upcaster of Draftline's stored events, oldest first, as one chain: Axon's Spring configuration
 * registers it with the event store on each side, and the golden test reads the samples through it.
 */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    public static EventUpcaster chain() {
        return new EventUpcasterChain(new DraftCirculationUpcaster(), new RegistrationVisibilityUpcaster());
    }
}
