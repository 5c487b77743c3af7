package org.draftline.query.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.draftline.query.deadletters.DeadLetters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Per read model, for Prometheus: how many events it is behind the head of the event store
 * ({@code draftline_processor_lag_events}) and how many it has parked ({@code draftline_dead_letters_events}).
 * The lag is measured on the segments this instance processes; a read model none of whose segments this
 * instance holds reports no value (NaN) rather than a guess.
 */
@Component
class ReadModelMetrics implements MeterBinder {

    private final DeadLetters deadLetters;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<EventStore> eventStore;

    ReadModelMetrics(DeadLetters deadLetters, ObjectProvider<EventProcessingConfiguration> processing,
                     ObjectProvider<EventStore> eventStore) {
        this.deadLetters = deadLetters;
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String processor : deadLetters.processors()) {
            Gauge.builder("draftline.processor.lag", () -> lag(processor))
                    .description("Events in the store that this read model has not yet processed")
                    .baseUnit("events")
                    .tag("processor", processor)
                    .register(registry);
            Gauge.builder("draftline.dead.letters", () -> deadLetters.parkedEvents(processor))
                    .description("Events this read model has parked in its dead-letter queue")
                    .baseUnit("events")
                    .tag("processor", processor)
                    .register(registry);
        }
    }

    /** The head's global index minus the lowest position among this read model's segments here. */
    double lag(String processor) {
        OptionalLong head = position(eventStore.getObject().createHeadToken());
        if (head.isEmpty()) {
            return 0;
        }
        Map<Integer, EventTrackerStatus> status = processing.getObject()
                .eventProcessorByProcessingGroup(processor, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .orElse(Map.of());
        if (status.isEmpty()) {
            return Double.NaN;
        }
        long lowest = head.getAsLong();
        for (EventTrackerStatus segment : status.values()) {
            OptionalLong position = segment.getCurrentPosition();
            lowest = Math.min(lowest, position.orElse(-1));
        }
        return Math.max(0, head.getAsLong() - lowest);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
