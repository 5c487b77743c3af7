package org.draftline.web.live;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The live updates see events as this JVM publishes them (a subscribing processor, no token to keep), and
 * acts of other instances on the same PostgreSQL as PostgreSQL announces them; nothing is replayed to a
 * browser.
 */
@Configuration
class LiveProcessing {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(LiveUpdates.PROCESSING_GROUP);
    }
}
