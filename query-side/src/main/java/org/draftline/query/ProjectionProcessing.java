package org.draftline.query;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.draftline.query.deadletters.ParkingPolicy;
import org.draftline.query.progress.ReadModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The read models run in one pooled streaming processor ({@value #PROCESSOR}), which reads the store once
 * in batches and hands every event to each read model, each keeping its own processing group: on a small
 * machine the number of live processors and their batch size decide the throughput. A batch is written
 * in one transaction ({@link org.draftline.query.progress.BatchWrites}). With
 * {@code draftline.projections.one-processor=false} each read model runs a processor of its own, named
 * after it. The processor reads the store through {@link EventArrivals}, whose streams wake it when a
 * commit brings new events.
 * <p>
 * Each also has Axon's JDBC dead-letter queue, sequenced per document (the aggregate, Axon's default
 * sequencing policy): an event a projection cannot apply is parked with every later event of its
 * document, and the other documents go on. Registered here rather than with
 * {@code axon.eventhandling.processors.<name>.dlq.enabled}, which would also declare the processor in
 * the properties and so turn it into a tracking processor with batches of one.
 */
@Configuration
class ProjectionProcessing {

    static final String PROCESSOR = "read-models";

    @Bean(destroyMethod = "close")
    EventArrivals eventArrivals(EventStore events) {
        return new EventArrivals(events);
    }

    @Autowired
    void configure(EventProcessingConfigurer processing,
                   @Value("${draftline.projections.batch-size:200}") int batchSize,
                   @Value("${draftline.projections.segments:1}") int segments,
                   @Value("${draftline.projections.one-processor:true}") boolean oneProcessor,
                   List<ReadModel> projections,
                   ObjectProvider<ConnectionProvider> connections,
                   ObjectProvider<EventArrivals> arrivals) {
        processing.usingPooledStreamingEventProcessors((configuration, processor) -> processor
                // streams that wake the processor when events arrive, not after a fixed 500 ms
                .messageSource(arrivals.getObject())
                .batchSize(batchSize)
                .initialSegmentCount(segments)
                .enableCoordinatorClaimExtension());
        for (ReadModel projection : projections) {
            String group = projection.name();
            if (oneProcessor) {
                processing.assignProcessingGroup(group, PROCESSOR);
            }
            processing.registerDeadLetterQueue(group, configuration -> JdbcSequencedDeadLetterQueue.builder()
                            .processingGroup(group)
                            .connectionProvider(connections.getObject())
                            .transactionManager(configuration.getComponent(TransactionManager.class))
                            .schema(DeadLetterSchema.defaultSchema())
                            .genericSerializer(configuration.serializer())
                            .eventSerializer(configuration.eventSerializer())
                            // a full queue would stop the processor for every document: a table has room
                            .maxSequences(Integer.MAX_VALUE)
                            .maxSequenceSize(Integer.MAX_VALUE)
                            .build())
                    .registerDeadLetterPolicy(group, configuration -> new ParkingPolicy())
                    .registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, invoker) -> invoker
                            // a replay rebuilds the read model from the first event: what was parked goes again
                            .allowReset(true)
                            // remembers which documents are parked, instead of asking the table for every event
                            .enableSequenceIdentifierCache());
        }
    }
}
