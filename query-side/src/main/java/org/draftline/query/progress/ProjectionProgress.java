package org.draftline.query.progress;

import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.document.DocumentId;
import org.draftline.api.progress.AwaitProjections;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Lets a read wait until every read model has caught up with a document's given sequence. A waiting
 * read looks at the progress table again when a projection of this process commits a batch
 * ({@link ProgressSignal}); progress another instance's processors record wakes nobody here, so it
 * also looks again every {@link #RECHECK}.
 */
@Component
public class ProjectionProgress {

    static final Duration RECHECK = Duration.ofMillis(100);

    private final JdbcTemplate jdbc;
    private final ProgressSignal signal;
    private final KnownProgress known;
    private final String[] projections;

    ProjectionProgress(JdbcTemplate jdbc, ProgressSignal signal, KnownProgress known, List<Projection> projections) {
        this.jdbc = jdbc;
        this.signal = signal;
        this.known = known;
        this.projections = projections.stream().map(Projection::name).toArray(String[]::new);
    }

    @QueryHandler
    boolean handle(AwaitProjections query) {
        return await(query.documentId(), query.sequence(), query.timeout());
    }

    /** Whether every read model reached {@code sequence} of the document within {@code timeout}. */
    public boolean await(DocumentId documentId, long sequence, Duration timeout) {
        return poll(() -> reached(documentId, sequence), timeout);
    }

    /** Whether the read model {@code projection} reached {@code sequence} of {@code aggregate} within {@code timeout}. */
    public boolean await(String projection, String aggregate, long sequence, Duration timeout) {
        return poll(() -> {
            if (known.reached(new String[]{projection}, aggregate, sequence)) {
                return true;
            }
            Integer caughtUp = jdbc.queryForObject("""
                    SELECT count(*) FROM projection_progress
                    WHERE projection = ? AND document_id = ? AND sequence >= ?""", Integer.class, projection, aggregate,
                    sequence);
            return caughtUp != null && caughtUp > 0;
        }, timeout);
    }

    private boolean poll(BooleanSupplier reached, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = signal.generation();
            if (reached.getAsBoolean()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                signal.awaitAfter(seen, Math.min(left, RECHECK.toNanos()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Whether every read model has reached {@code sequence} of the document now. */
    public boolean reached(DocumentId documentId, long sequence) {
        if (known.reached(projections, documentId.value(), sequence)) {
            return true;
        }
        Integer caughtUp = jdbc.queryForObject("""
                SELECT count(*) FROM projection_progress
                WHERE document_id = ? AND sequence >= ? AND projection = ANY (?)""",
                Integer.class, documentId.value(), sequence, projections);
        return caughtUp != null && caughtUp == projections.length;
    }
}
