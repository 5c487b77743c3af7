package org.draftline.query;

import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryExecutionException;
import org.draftline.api.rules.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;

/**
 * With Axon Server, a query handler's exception does not travel back to the service that asked, only its
 * message and details; a refusal (an observer asking for what a members-only document keeps to members)
 * travels as those details, as a command's does, and answers with its code on the asking side.
 */
@Configuration
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class QueryRefusalsAcrossServices {

    @Autowired
    void register(QueryBus queryBus) {
        queryBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (RuleViolation violation) {
                throw new QueryExecutionException(violation.getMessage(), violation, violation.toRefusal());
            }
        });
    }
}
