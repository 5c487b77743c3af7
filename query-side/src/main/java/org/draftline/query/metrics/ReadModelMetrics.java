package org.draftline.query.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.draftline.query.deadletters.DeadLetters;
import org.draftline.query.projections.ReadModelPositions;
import org.springframework.stereotype.Component;

/**
 * Per read model, for Prometheus: how many events it is behind the head of the event store
 * ({@code draftline_processor_lag_events}) and how many it has parked ({@code draftline_dead_letters_events}).
 * The lag is measured on the segments this instance processes; a read model none of whose segments this
 * instance holds reports no value (NaN) rather than a guess.
 */
@Component
class ReadModelMetrics implements MeterBinder {

    private final DeadLetters deadLetters;
    private final ReadModelPositions positions;

    ReadModelMetrics(DeadLetters deadLetters, ReadModelPositions positions) {
        this.deadLetters = deadLetters;
        this.positions = positions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String processor : deadLetters.processors()) {
            Gauge.builder("draftline.processor.lag", () -> positions.lag(processor))
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
}
