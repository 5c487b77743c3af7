package org.draftline.web.live;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The live updates see events as this JVM publishes them (a subscribing processor, no token to keep): a
 * page open on another instance has its own, and nothing is replayed to a browser.
 */
@Configuration
class LiveProcessing {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(LiveUpdates.PROCESSING_GROUP);
    }
}
