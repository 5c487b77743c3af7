package org.draftline.query.progress;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.draftline.api.document.DocumentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Records how far each projection has read each document, in the projection's own transaction. Within
 * a batch it keeps the highest sequence per document and writes once, when the batch commits. Each
 * event's change goes through {@link BatchWrites}, which writes a batch's rows at once too. Once the
 * transaction committed, it tells {@link KnownProgress} and wakes the reads waiting in this process
 * ({@link ProgressSignal}).
 */
@Component
public class ProgressRecorder {

    private final JdbcTemplate jdbc;
    private final BatchWrites writes;
    private final ProgressSignal signal;
    private final KnownProgress known;

    ProgressRecorder(JdbcTemplate jdbc, BatchWrites writes, ProgressSignal signal, KnownProgress known) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.signal = signal;
        this.known = known;
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
            write(projection, Map.of(aggregate, sequence));
            afterCommit(() -> advanced(projection, Map.of(aggregate, sequence)));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<String, Long> batch = unitOfWork.getOrComputeResource("progress:" + projection, key -> {
            Map<String, Long> positions = new HashMap<>();
            unitOfWork.onPrepareCommit(u -> write(projection, positions));
            // the batch's transaction commits in the commit phase: waiting reads can see it after
            unitOfWork.afterCommit(u -> advanced(projection, positions));
            return positions;
        });
        batch.merge(aggregate, sequence, Math::max);
    }

    public void forget(String projection) {
        known.forget(projection);
        jdbc.update("DELETE FROM projection_progress WHERE projection = ?", projection);
    }

    private void advanced(String projection, Map<String, Long> positions) {
        known.committed(projection, positions);
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

    private void write(String projection, Map<String, Long> positions) {
        jdbc.batchUpdate("""
                INSERT INTO projection_progress (projection, document_id, sequence) VALUES (?, ?, ?)
                ON CONFLICT (projection, document_id)
                DO UPDATE SET sequence = greatest(projection_progress.sequence, excluded.sequence)""",
                positions.entrySet().stream()
                        .map(position -> new Object[]{projection, position.getKey(), position.getValue()})
                        .toList());
    }
}
