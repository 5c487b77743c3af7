package org.draftline.command.document;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.draftline.api.actor.Actor;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/**
 * Lets a command handler take the {@link Actor} that the message metadata names, so handlers never read
 * raw metadata keys. Registered through {@code META-INF/services}, which both Spring and the test
 * fixtures read.
 */
public class ActorParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Actor> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        if (!Actor.class.equals(parameters[parameterIndex].getType())) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Actor resolveParameterValue(Message<?> message) {
                return Actor.fromMetaData(message.getMetaData());
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
