package org.draftline.query.progress;

import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.document.DocumentId;
import org.draftline.api.progress.AwaitProjections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Lets a read wait until every read model has caught up with a document's given sequence. A waiting
 * read is woken when a projection of this process commits a batch ({@link ProgressSignal}), which
 * {@link KnownProgress} learnt before the signal, so it then asks only that; it asks the progress table
 * when it starts (unless this process's read models follow the document), when PostgreSQL announces
 * progress (another instance's processors), and every {@link #RECHECK} should an announcement be lost.
 */
@Component
public class ProjectionProgress {

    static final Duration RECHECK = Duration.ofMillis(100);

    private final JdbcTemplate jdbc;
    private final ProgressSignal signal;
    private final KnownProgress known;
    private final String[] projections;
    private final Duration recheck;

    @Autowired
    ProjectionProgress(JdbcTemplate jdbc, ProgressSignal signal, KnownProgress known, List<Projection> projections) {
        this(jdbc, signal, known, projections.stream().map(Projection::name).toList(), RECHECK);
    }

    ProjectionProgress(JdbcTemplate jdbc, ProgressSignal signal, KnownProgress known, List<String> projections,
                       Duration recheck) {
        this.jdbc = jdbc;
        this.signal = signal;
        this.known = known;
        this.projections = projections.toArray(String[]::new);
        this.recheck = recheck;
    }

    @QueryHandler
    boolean handle(AwaitProjections query) {
        return await(query.documentId(), query.sequence(), query.timeout());
    }

    /** Whether every read model reached {@code sequence} of the document within {@code timeout}. */
    public boolean await(DocumentId documentId, long sequence, Duration timeout) {
        return poll(firstAskTable(projections, documentId.value()), askTable -> askTable
                ? reached(documentId, sequence) : known.reached(projections, documentId.value(), sequence), timeout);
    }

    /** Whether the read model {@code projection} reached {@code sequence} of {@code aggregate} within {@code timeout}. */
    public boolean await(String projection, String aggregate, long sequence, Duration timeout) {
        String[] waitedOn = {projection};
        return poll(firstAskTable(waitedOn, aggregate), askTable -> {
            if (known.reached(waitedOn, aggregate, sequence)) {
                return true;
            }
            if (!askTable) {
                return false;
            }
            Integer caughtUp = jdbc.queryForObject("""
                    SELECT count(*) FROM projection_progress
                    WHERE projection = ? AND document_id = ? AND sequence >= ?""", Integer.class, projection, aggregate,
                    sequence);
            return caughtUp != null && caughtUp > 0;
        }, timeout);
    }

    /**
     * Whether a wait starts by asking the table: not when this process's read models follow the aggregate
     * (they committed some of it), since their next batch of it tells {@link KnownProgress} and wakes the
     * wait. Another instance's progress is announced; should it have committed before the wait began,
     * the wait learns it at its re-check.
     */
    private boolean firstAskTable(String[] waitedOn, String aggregate) {
        return !known.follows(waitedOn, aggregate);
    }

    private boolean poll(boolean askTableFirst, Predicate<Boolean> reached, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean askTable = askTableFirst;
        while (true) {
            long seen = signal.generation();
            long announced = signal.announcements();
            if (reached.test(askTable)) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                boolean woken = signal.awaitAfter(seen, Math.min(left, recheck.toNanos()));
                // a commit of this process told KnownProgress before it signalled: only what PostgreSQL
                // announced, or a re-check, can be in the table and not known here
                askTable = !woken || signal.announcements() != announced;
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
