package org.draftline.platform.acting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Duration;

/** The one way to act, for the API's command endpoints and the pages' forms alike. */
@AutoConfiguration(after = AxonAutoConfiguration.class)
public class ActingAutoConfiguration {

    @Bean
    Acting acting(CommandGateway commands, QueryGateway queries,
                  @Value("${draftline.read-your-writes-timeout:2s}") Duration readYourWrites) {
        return new Acting(commands, queries, readYourWrites);
    }
}
