package org.draftline.command.document;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.draftline.api.rules.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;

/**
 * With Axon Server, a command's exception does not travel back to the service that sent it, only its
 * message and details; the refusal's rule and detail travel as those details.
 */
@Configuration
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class RefusalsAcrossServices {

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (RuleViolation violation) {
                throw new CommandExecutionException(violation.getMessage(), violation, violation.toRefusal());
            }
        });
    }
}
