package org.draftline.query.deadletters;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.core.NestedExceptionUtils;

/**
 * Parks every event a projection fails on, counting the attempts in the letter's diagnostics. The cause
 * kept is PostgreSQL's own words (the most specific cause), cut to what Axon's table holds and cleaned
 * of control characters, so that storing why an event failed can never fail in turn.
 */
public class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        return Decisions.<EventMessage<?>>enqueue(describe(cause), ParkingPolicy::oneMoreAttempt);
    }

    static int attempts(DeadLetter<?> letter) {
        return letter.diagnostics().get(ATTEMPTS) instanceof Number attempts ? attempts.intValue() : 0;
    }

    private static MetaData oneMoreAttempt(DeadLetter<?> letter) {
        return letter.diagnostics().and(ATTEMPTS, attempts(letter) + 1);
    }

    private static ThrowableCause describe(Throwable failure) {
        Throwable specific = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = specific.getMessage() == null ? specific.getClass().getName() : specific.getMessage();
        message = message.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "?");
        if (message.length() > ThrowableCause.TRUNCATED_MESSAGE_SIZE) {
            message = message.substring(0, ThrowableCause.TRUNCATED_MESSAGE_SIZE);
        }
        return new ThrowableCause(specific.getClass().getName(), message);
    }
}
