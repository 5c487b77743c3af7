package org.draftline.query.progress;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.draftline.api.document.DocumentId;
import org.draftline.platform.events.AppendNotifications;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * Records how far each projection has read each document, in the projection's own transaction. Within
 * a batch it keeps the highest sequence per document and writes once, when the batch commits. Each
 * event's change runs in a savepoint of that transaction, so one PostgreSQL refuses is undone alone.
 * Once the transaction committed, it wakes the reads waiting in this process ({@link ProgressSignal}); in
 * the same transaction it asks PostgreSQL to tell the other instances' waiting reads (one {@code NOTIFY}
 * per transaction, which PostgreSQL delivers at commit).
 */
@Component
public class ProgressRecorder {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    private final ProgressSignal signal;

    ProgressRecorder(JdbcTemplate jdbc, PlatformTransactionManager transactions, ProgressSignal signal) {
        this.jdbc = jdbc;
        this.signal = signal;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Applies one event's change in a savepoint: when PostgreSQL refuses it, only that change is rolled
     * back and the failure rethrown, so the batch's transaction stays usable to park the event.
     */
    public void applyAlone(Runnable change) {
        savepoint.executeWithoutResult(status -> change.run());
    }

    public void advance(String projection, DocumentId documentId, long sequence) {
        advance(projection, documentId.value(), sequence);
    }

    /** Records how far {@code projection} has read the aggregate {@code aggregate} (a document, or a group). */
    public void advance(String projection, String aggregate, long sequence) {
        if (!CurrentUnitOfWork.isStarted()) {
            write(projection, Map.of(aggregate, sequence));
            signalAfterCommit();
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<String, Long> batch = unitOfWork.getOrComputeResource("progress:" + projection, key -> {
            Map<String, Long> positions = new HashMap<>();
            unitOfWork.onPrepareCommit(u -> write(projection, positions));
            // the batch's transaction commits in the commit phase: waiting reads can see it after
            unitOfWork.afterCommit(u -> signal.advanced());
            return positions;
        });
        batch.merge(aggregate, sequence, Math::max);
    }

    public void forget(String projection) {
        jdbc.update("DELETE FROM projection_progress WHERE projection = ?", projection);
    }

    private void signalAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.advanced();
                }
            });
        } else {
            signal.advanced();
        }
    }

    private void write(String projection, Map<String, Long> positions) {
        if (positions.isEmpty()) {
            return;
        }
        // one notification per transaction however many read models it advances: PostgreSQL drops duplicates
        jdbc.execute("NOTIFY " + AppendNotifications.PROGRESS_CHANNEL);
        jdbc.batchUpdate("""
                INSERT INTO projection_progress (projection, document_id, sequence) VALUES (?, ?, ?)
                ON CONFLICT (projection, document_id)
                DO UPDATE SET sequence = greatest(projection_progress.sequence, excluded.sequence)""",
                positions.entrySet().stream()
                        .map(position -> new Object[]{projection, position.getKey(), position.getValue()})
                        .toList());
    }
}
