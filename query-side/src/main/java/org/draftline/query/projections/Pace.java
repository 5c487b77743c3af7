package org.draftline.query.projections;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The events per second each read model has read over a sliding window of samples of its position. A
 * position that goes back (a reset) or becomes unknown (its processor stopped) starts the window afresh.
 */
final class Pace {

    private record Sample(long nanos, long position) {
    }

    private final long windowNanos;
    private final Map<String, Deque<Sample>> samples = new HashMap<>();

    Pace(Duration window) {
        this.windowNanos = window.toNanos();
    }

    synchronized void record(String readModel, long nanos, Long position) {
        Deque<Sample> window = samples.computeIfAbsent(readModel, name -> new ArrayDeque<>());
        if (position == null || (!window.isEmpty() && position < window.peekLast().position())) {
            window.clear();
        }
        if (position == null) {
            return;
        }
        window.addLast(new Sample(nanos, position));
        // keep the newest sample older than the window, so the window spans it whole
        while (window.size() > 2 && nanos - secondOf(window).nanos() >= windowNanos) {
            window.removeFirst();
        }
    }

    /** Events per second between the oldest and the newest sample in the window; null before two samples. */
    synchronized Double eventsPerSecond(String readModel) {
        Deque<Sample> window = samples.get(readModel);
        if (window == null || window.size() < 2) {
            return null;
        }
        long nanos = window.peekLast().nanos() - window.peekFirst().nanos();
        if (nanos <= 0) {
            return null;
        }
        return (window.peekLast().position() - window.peekFirst().position()) * 1e9 / nanos;
    }

    private static Sample secondOf(Deque<Sample> window) {
        var samples = window.iterator();
        samples.next();
        return samples.next();
    }
}
