package org.draftline.query.projections;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.draftline.query.progress.ReadModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where each read model stands in the event store, read from Axon itself: the processor that runs its
 * processing group (looked up at run time, as several read models may share one processor), the lowest
 * position among the segments this instance processes, and the head of the store. One reading serves the
 * metrics, the administration's progress and the log.
 */
@Component
public class ReadModelPositions {

    private final List<String> readModels;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<EventStore> eventStore;

    ReadModelPositions(List<ReadModel> readModels, ObjectProvider<EventProcessingConfiguration> processing,
                       ObjectProvider<EventStore> eventStore) {
        this.readModels = readModels.stream().map(ReadModel::name).sorted().toList();
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /**
     * One read model as its processor reports it here: {@code position} is null when no segment of it runs on
     * this instance (a processor stopped, or its segments claimed elsewhere), -1 when it has read nothing yet.
     */
    public record Reading(String readModel, String processor, Long position, boolean replaying, boolean caughtUp) {
    }

    public List<String> readModels() {
        return readModels;
    }

    /** The global index of the newest event in the store, whatever its kind; -1 when the store is empty. */
    public long head() {
        TrackingToken head = eventStore.getObject().createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(-1);
    }

    public List<Reading> readAll() {
        return readModels.stream().map(this::read).toList();
    }

    public Reading read(String readModel) {
        Optional<StreamingEventProcessor> processor = processorOf(readModel);
        Collection<EventTrackerStatus> segments = processor.map(StreamingEventProcessor::processingStatus)
                .map(Map::values).orElse(List.of());
        String name = processor.map(StreamingEventProcessor::getName).orElse(null);
        if (segments.isEmpty()) {
            return new Reading(readModel, name, null, false, false);
        }
        long lowest = Long.MAX_VALUE;
        boolean replaying = false;
        boolean caughtUp = true;
        for (EventTrackerStatus segment : segments) {
            lowest = Math.min(lowest, segment.getCurrentPosition().orElse(-1));
            replaying |= segment.isReplaying();
            caughtUp &= segment.isCaughtUp();
        }
        return new Reading(readModel, name, lowest, replaying, caughtUp);
    }

    /** Events in the store that the read model has not yet processed here; NaN when none of its segments runs here. */
    public double lag(String readModel) {
        long head = head();
        if (head < 0) {
            return 0;
        }
        Long position = read(readModel).position();
        return position == null ? Double.NaN : Math.max(0, head - position);
    }

    /** The processors running the read models, each once however many read models it runs, by name. */
    public Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        for (String readModel : readModels) {
            processorOf(readModel).ifPresent(processor -> processors.putIfAbsent(processor.getName(), processor));
        }
        return processors;
    }

    private Optional<StreamingEventProcessor> processorOf(String readModel) {
        return processing.getObject().eventProcessorByProcessingGroup(readModel, StreamingEventProcessor.class);
    }
}
