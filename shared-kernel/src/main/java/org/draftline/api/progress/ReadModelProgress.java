package org.draftline.api.progress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How far the read models have read the event store: {@code head} is the global index of the newest event
 * (-1 when the store is empty), {@code catchingUp} whether any read model is still reading towards it, and
 * {@code rebuilding} whether a rebuild the secretariat started has not yet caught up.
 */
public record ReadModelProgress(long head, boolean catchingUp, boolean rebuilding, List<ReadModelPosition> readModels) {

    public ReadModelProgress {
        readModels = List.copyOf(readModels);
    }

    /**
     * One read model: the event processor that runs it, the lowest position among that processor's segments
     * (null when no segment runs here), the percent of the record read, the events it read per second over
     * the last few seconds (null before two samples), the seconds it needs at that pace (0 when caught up,
     * null when unknown), whether it is re-reading, still behind the head, events it had read before a reset
     * (a rebuild), and whether it is catching up: behind the head and replaying or not yet caught up since
     * it started (one that has caught up and trails by the events just committed is live).
     */
    public record ReadModelPosition(String name, String processor, Long position, long head, Double percent,
                                    Double eventsPerSecond, Double secondsLeft, boolean replaying,
                                    boolean catchingUp) {
    }

    /** The read model furthest behind among those catching up, whose pace says when all have caught up. */
    public Optional<ReadModelPosition> slowest() {
        return readModels.stream().filter(ReadModelPosition::catchingUp).filter(model -> model.percent() != null)
                .min((one, other) -> Double.compare(one.percent(), other.percent()));
    }

    /** The longest time left among the read models catching up; empty when any of them cannot tell. */
    public Optional<Double> secondsLeft() {
        List<Double> left = readModels.stream().filter(ReadModelPosition::catchingUp)
                .map(ReadModelPosition::secondsLeft).toList();
        if (left.isEmpty() || left.stream().anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return left.stream().max(Double::compare);
    }
}
