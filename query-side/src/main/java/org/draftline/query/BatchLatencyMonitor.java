package org.draftline.query;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

/**
 * The read models' processors' message monitor: Axon's {@code EventProcessorLatencyMonitor}
 * ({@code eventProcessor_latency}, tagged with the processor's name, as Axon's Micrometer module registers it),
 * told of the last event of each batch only. Axon's default for a processor also times, counts and measures the
 * capacity of every event by payload type, and re-registers the latency gauge for every event: a seventh of a
 * replay's time for figures the read models' own metrics give better (lag per read model, parked events). The
 * last event of a batch is the newest, so the gauge reads the same once the batch is done.
 */
final class BatchLatencyMonitor implements MessageMonitor<EventMessage<?>> {

    private final MessageMonitor<? super EventMessage<?>> latency;

    BatchLatencyMonitor(MessageMonitor<? super EventMessage<?>> latency) {
        this.latency = latency;
    }

    @Override
    public MonitorCallback onMessageIngested(EventMessage<?> message) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch
                && !batch.isLastMessage(message)) {
            return NoOpMessageMonitorCallback.INSTANCE;
        }
        return latency.onMessageIngested(message);
    }
}
