package org.draftline.query.progress;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far this process's read models have committed each aggregate, kept in memory beside the
 * {@code projection_progress} table, so that a read waiting for its sequence learns it from here when the
 * read models of this process wrote it, without asking PostgreSQL after every batch. Only committed
 * progress is recorded, so what it says is never ahead of the table; what it does not know (progress
 * another instance recorded, or an aggregate it has forgotten) the table still answers. At most
 * {@link #CAPACITY} aggregates per read model: past that, it forgets that read model's and starts again.
 */
@Component
public class KnownProgress {

    static final int CAPACITY = 100_000;

    private final Map<String, Map<String, Long>> committed = new ConcurrentHashMap<>();

    /** Records that {@code projection} committed these aggregates up to these sequences. */
    void committed(String projection, Map<String, Long> positions) {
        Map<String, Long> known = committed.computeIfAbsent(projection, key -> new ConcurrentHashMap<>());
        if (known.size() + positions.size() > CAPACITY) {
            known.clear();
        }
        positions.forEach((aggregate, sequence) -> known.merge(aggregate, sequence, Math::max));
    }

    /** Forgets what {@code projection} had reached, as its read model is emptied for a replay. */
    void forget(String projection) {
        committed.remove(projection);
    }

    /** Whether every one of {@code projections} is known to have committed some of {@code aggregate}. */
    boolean follows(String[] projections, String aggregate) {
        // an aggregate's sequences start at 0: a read model that committed any of it has reached 0
        return reached(projections, aggregate, 0);
    }

    /** Whether every one of {@code projections} is known to have committed {@code sequence} of {@code aggregate}. */
    boolean reached(String[] projections, String aggregate, long sequence) {
        for (String projection : projections) {
            Long known = committed.getOrDefault(projection, Map.of()).get(aggregate);
            if (known == null || known < sequence) {
                return false;
            }
        }
        return true;
    }
}
