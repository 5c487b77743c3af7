package org.draftline.query.progress;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.draftline.api.document.DocumentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * Records how far each projection has read each document, in the projection's own transaction. Within
 * a batch it keeps the highest sequence per document and writes once, when the batch commits. Each
 * event's change runs in a savepoint of that transaction, so one PostgreSQL refuses is undone alone.
 */
@Component
public class ProgressRecorder {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;

    ProgressRecorder(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
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
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<String, Long> batch = unitOfWork.getOrComputeResource("progress:" + projection, key -> {
            Map<String, Long> positions = new HashMap<>();
            unitOfWork.onPrepareCommit(u -> write(projection, positions));
            return positions;
        });
        batch.merge(aggregate, sequence, Math::max);
    }

    public void forget(String projection) {
        jdbc.update("DELETE FROM projection_progress WHERE projection = ?", projection);
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
