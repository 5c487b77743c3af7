package org.draftline.platform.axon;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.draftline.api.actor.Actor;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies who acted from a command onto the events it records. Events recorded because a deadline came
 * are Draftline's own acts, not those of whoever scheduled the deadline.
 */
class ActorCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (message instanceof DeadlineMessage) {
            return Actor.SYSTEM.toMetaData();
        }
        Map<String, Object> actor = new HashMap<>();
        for (String key : new String[]{Actor.USERNAME, Actor.ROLE, Actor.DELEGATION, Actor.RECORDED_BY, Actor.PERSON}) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                actor.put(key, value);
            }
        }
        return actor;
    }
}
