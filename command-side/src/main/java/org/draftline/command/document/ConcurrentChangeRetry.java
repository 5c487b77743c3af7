package org.draftline.command.document;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.draftline.platform.axon.StoreConflicts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A command that lost a race for the same document (another command, here or on another instance,
 * appended at the same sequence first) runs again on the document as it now stands, a few times; every
 * other failure, a rule's refusal included, is final. The JDBC engine reports the race either as a
 * concurrency exception or as the unique (aggregate, sequence) index refusing the insert.
 */
@Configuration
class ConcurrentChangeRetry {

    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "draftline-command-retry");
            thread.setDaemon(true);
            return thread;
        });
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(IntervalRetryScheduler.builder()
                        .retryExecutor(retries)
                        .retryInterval(25)
                        .maxRetryCount(3)
                        .nonTransientFailurePredicate(failure -> !StoreConflicts.isLostRace(failure))
                        .build())
                .build();
    }
}
