package org.draftline.query.progress;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.draftline.api.document.DocumentId;
import org.draftline.platform.events.AppendNotifications;
import org.draftline.platform.events.OwnNotifications;
import org.draftline.query.storage.BatchRows;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records how far each projection has read each document, in the projection's own transaction. Within
 * a batch it keeps the highest sequence per read model and document and writes them all in one statement,
 * when the batch commits. Each
 * event's change goes through {@link BatchWrites}, which writes a batch's rows at once too. Once the
 * transaction committed, it tells {@link KnownProgress} and wakes the reads waiting in this process
 * ({@link ProgressSignal}); in the same transaction it asks PostgreSQL to tell the other instances'
 * waiting reads (one {@code NOTIFY} per transaction, which PostgreSQL delivers at commit).
 */
@Component
public class ProgressRecorder {

    /** For the current transaction only: its commit answers before the write-ahead log reaches the disk. */
    static final String WITHOUT_WAITING_FOR_THE_DISK = "SET LOCAL synchronous_commit TO off";

    private final JdbcTemplate jdbc;
    private final BatchWrites writes;
    private final ProgressSignal signal;
    private final KnownProgress known;
    private final OwnNotifications own;

    @Autowired
    ProgressRecorder(JdbcTemplate jdbc, BatchWrites writes, ProgressSignal signal, KnownProgress known,
                     ObjectProvider<OwnNotifications> own) {
        this(jdbc, writes, signal, known, own.getIfAvailable(OwnNotifications::new));
    }

    ProgressRecorder(JdbcTemplate jdbc, BatchWrites writes, ProgressSignal signal, KnownProgress known,
                     OwnNotifications own) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.signal = signal;
        this.known = known;
        this.own = own;
    }

    /** Applies one event's change the way {@link BatchWrites#apply} does. */
    public void apply(Runnable change) {
        writes.apply(change);
    }

    public void advance(String projection, DocumentId documentId, long sequence) {
        advance(projection, documentId.value(), sequence);
    }

    /** Records how far {@code projection} has read the aggregate {@code aggregate} (a document, or a group). */
    public void advance(String projection, String aggregate, long sequence) {
        if (!CurrentUnitOfWork.isStarted()) {
            Map<String, Map<String, Long>> alone = Map.of(projection, Map.of(aggregate, sequence));
            write(alone);
            afterCommit(() -> advanced(alone));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        // every read model of the batch: one statement and one NOTIFY when it commits, one signal after
        Map<String, Map<String, Long>> batch = unitOfWork.getOrComputeResource("progress", key -> {
            Map<String, Map<String, Long>> positions = new HashMap<>();
            unitOfWork.onPrepareCommit(u -> write(positions));
            // the batch's transaction commits in the commit phase: waiting reads can see it after
            unitOfWork.afterCommit(u -> advanced(positions));
            return positions;
        });
        batch.computeIfAbsent(projection, key -> new HashMap<>()).merge(aggregate, sequence, Math::max);
    }

    public void forget(String projection) {
        known.forget(projection);
        jdbc.update("DELETE FROM projection_progress WHERE projection = ?", projection);
    }

    private void advanced(Map<String, Map<String, Long>> positions) {
        positions.forEach(known::committed);
        signal.advanced();
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private void write(Map<String, Map<String, Long>> positions) {
        List<Object[]> rows = positions.entrySet().stream()
                .flatMap(projection -> projection.getValue().entrySet().stream()
                        .map(position -> new Object[]{projection.getKey(), position.getKey(), position.getValue()}))
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        // tells the other instances' waiting reads, at commit; this one's learn it from the signal. The
        // batch's commit does not wait for its flush to disk: everything it writes is derived from events
        // already durable, and the processor's token commits in the same transaction, so a crash can only
        // lose a whole batch, which the processor then reads again (PostgreSQL's asynchronous commit
        // keeps the order and atomicity of transactions; it gives up only the last ones' durability)
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            own.notifyingThrough(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute(WITHOUT_WAITING_FOR_THE_DISK);
                statement.execute("NOTIFY " + AppendNotifications.PROGRESS_CHANNEL);
            }
            return null;
        });
        jdbc.batchUpdate("""
                INSERT INTO projection_progress (projection, document_id, sequence) VALUES (?, ?, ?)
                ON CONFLICT (projection, document_id)
                DO UPDATE SET sequence = greatest(projection_progress.sequence, excluded.sequence)""", new BatchRows(rows));
    }
}
