package org.draftline.query;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.draftline.query.deadletters.ParkingPolicy;
import org.draftline.query.progress.ReadModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The read models run in one pooled streaming processor ({@value #PROCESSOR}), which reads the store once
 * in batches and hands every event to each read model, each keeping its own processing group: on a small
 * machine the number of live processors and their batch size decide the throughput. A batch is written
 * in one transaction ({@link org.draftline.query.progress.BatchWrites}). With
 * {@code draftline.projections.one-processor=false} each read model runs a processor of its own, named
 * after it. The processor reads the store through {@link EventArrivals}, whose streams wake it when a
 * commit brings new events and (for the one processor) keep no more events ahead of its work than its work
 * package buffers, which Axon's coordinator would otherwise fill and then sleep 100 ms.
 * <p>
 * Each also has Axon's JDBC dead-letter queue, sequenced per document (the aggregate, Axon's default
 * sequencing policy): an event a projection cannot apply is parked with every later event of its
 * document, and the other documents go on. Registered here rather than with
 * {@code axon.eventhandling.processors.<name>.dlq.enabled}, which would also declare the processor in
 * the properties and so turn it into a tracking processor with batches of one.
 * <p>
 * The read models are Axon's {@code EventMessageHandler}s themselves ({@link org.draftline.query.progress.Projection}),
 * registered here in their groups. Their processors' message monitor is {@link BatchLatencyMonitor}.
 */
@Configuration
class ProjectionProcessing {

    static final String PROCESSOR = "read-models";

    @Bean(destroyMethod = "close")
    EventArrivals eventArrivals(EventStore events) {
        // publishing no events outside a unit of work only runs the embedded store's after-commit: its fetch
        return new EventArrivals(events, () -> events.publish(List.of()));
    }

    @Autowired
    void configure(EventProcessingConfigurer processing,
                   @Value("${draftline.projections.batch-size:500}") int batchSize,
                   @Value("${draftline.projections.segments:1}") int segments,
                   @Value("${draftline.projections.one-processor:true}") boolean oneProcessor,
                   List<ReadModel> projections,
                   ObjectProvider<ConnectionProvider> connections,
                   ObjectProvider<EventArrivals> arrivals,
                   ObjectProvider<MeterRegistry> meters) {
        processing.usingPooledStreamingEventProcessors((configuration, processor) -> processor
                // streams that wake the processor when events arrive, not after a fixed 500 ms
                .messageSource(arrivals.getObject())
                .batchSize(batchSize)
                .initialSegmentCount(segments)
                .enableCoordinatorClaimExtension());
        if (oneProcessor) {
            // its streams keep no more events ahead of its work than its work packages buffer
            processing.registerPooledStreamingEventProcessorConfiguration(PROCESSOR, (configuration, processor) ->
                    processor.messageSource(arrivals.getObject().keptAheadOf(() -> processed(configuration, PROCESSOR))));
        }
        Set<String> processors = new LinkedHashSet<>();
        for (ReadModel projection : projections) {
            String group = projection.name();
            if (oneProcessor) {
                processing.assignProcessingGroup(group, PROCESSOR);
            }
            processors.add(oneProcessor ? PROCESSOR : group);
            processing.registerEventHandler(configuration -> projection);
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
        for (String processor : processors) {
            processing.registerMessageMonitorFactory(processor,
                    (configuration, type, name) -> latencyMonitor(meters.getIfAvailable(), name));
        }
    }

    /** The position up to which every segment this instance runs of the processor has processed; -1 when unknown. */
    private static long processed(org.axonframework.config.Configuration configuration, String processor) {
        return configuration.eventProcessingConfiguration().eventProcessor(processor, StreamingEventProcessor.class)
                .map(running -> running.processingStatus().values().stream()
                        .mapToLong(segment -> segment.getCurrentPosition().orElse(-1))
                        .min().orElse(-1))
                .orElse(-1L);
    }

    /** What Axon's Micrometer module registers as a processor's {@code eventProcessor_latency}, once per batch. */
    @SuppressWarnings("unchecked")
    private static MessageMonitor<Message<?>> latencyMonitor(MeterRegistry registry, String processor) {
        if (registry == null) {
            return NoOpMessageMonitor.instance();
        }
        MessageMonitor<?> monitor = new BatchLatencyMonitor(EventProcessorLatencyMonitor.builder()
                .meterNamePrefix("eventProcessor")
                .meterRegistry(registry)
                .tagsBuilder(message -> Tags.of(TagsUtil.PROCESSOR_NAME_TAG, processor))
                .build());
        return (MessageMonitor<Message<?>>) monitor;
    }
}
