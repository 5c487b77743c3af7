package org.draftline.query;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection runs as a pooled streaming processor reading the events in batches: on a small
 * machine the number of live processors and their batch size decide the throughput, so each has one
 * segment and writes a whole batch in one transaction.
 */
@Configuration
class ProjectionProcessing {

    @Autowired
    void configure(EventProcessingConfigurer processing,
                   @Value("${draftline.projections.batch-size:200}") int batchSize) {
        processing.usingPooledStreamingEventProcessors((configuration, processor) -> processor
                .batchSize(batchSize)
                .initialSegmentCount(1)
                .enableCoordinatorClaimExtension());
    }
}
