package org.draftline.api.group;

import org.axonframework.serialization.Revision;
import org.draftline.api.delegation.Delegation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Every fact recorded about a negotiating group (the {@code Group} aggregate, keyed by the group's code).
 * Like the document's events, each carries {@code occurredAt}, the real-world time; the actor travels with
 * the message. Events are facts forever: change one only by adding a new event or an upcaster.
 */
public sealed interface GroupEvent {

    Delegation group();

    Instant occurredAt();

    /**
     * The secretariat recorded that {@code delegation} speaks for {@code group} from {@code from} to
     * {@code to}, both days included (days as {@link Mandate#ZONE} counts them); {@code to} null is a
     * mandate until further notice.
     */
    @Revision("1")
    record SpokespersonMandated(Delegation group, Delegation delegation, LocalDate from, LocalDate to,
                                Instant occurredAt) implements GroupEvent {

        public Mandate mandate() {
            return new Mandate(delegation, from, to);
        }
    }
}
