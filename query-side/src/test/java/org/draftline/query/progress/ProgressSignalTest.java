package org.draftline.query.progress;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.draftline.platform.events.OwnNotifications;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Waiting reads are woken when a projection's batch commits, not by polling: the recorder signals after
 * the commit, and a waiter that read the generation before it looked misses no commit in between.
 */
class ProgressSignalTest {

    private final ProgressSignal signal = new ProgressSignal();
    private final KnownProgress known = new KnownProgress();
    private final ProgressRecorder recorder = new ProgressRecorder(mock(JdbcTemplate.class),
            new BatchWrites(mock(JdbcTemplate.class), new ReplayIndexes(mock(JdbcTemplate.class)),
                    mock(PlatformTransactionManager.class)), signal, known,
            new OwnNotifications());

    @Test
    void aBatchSignalsOnceAfterItCommitsAndNotBefore() {
        long before = signal.generation();
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        recorder.advance("documents", "doc-1", 3);
        recorder.advance("documents", "doc-2", 0);
        batch.onCommit(unit -> assertThat(signal.generation()).as("not before the commit").isEqualTo(before));
        batch.commit();
        assertThat(signal.generation()).isEqualTo(before + 1);
    }

    @Test
    void whatABatchCommittedIsKnownWithoutAskingTheTableAndNothingBefore() {
        String[] documents = {"documents"};
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        recorder.advance("documents", "doc-1", 3);
        recorder.advance("documents", "doc-1", 5);
        batch.onCommit(unit -> assertThat(known.reached(documents, "doc-1", 0)).as("not before the commit").isFalse());
        batch.commit();

        assertThat(known.reached(documents, "doc-1", 5)).isTrue();
        assertThat(known.reached(documents, "doc-1", 6)).isFalse();
        assertThat(known.reached(new String[]{"documents", "history"}, "doc-1", 5)).as("history said nothing").isFalse();
        assertThat(known.reached(documents, "doc-2", 0)).isFalse();
    }

    @Test
    void aRolledBackBatchIsNotKnownAndAResetForgets() {
        String[] documents = {"documents"};
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        recorder.advance("documents", "doc-1", 3);
        batch.rollback();
        assertThat(known.reached(documents, "doc-1", 3)).isFalse();

        known.committed("documents", java.util.Map.of("doc-1", 3L));
        recorder.forget("documents");
        assertThat(known.reached(documents, "doc-1", 0)).isFalse();
    }

    @Test
    void aRolledBackBatchWakesNobody() {
        long before = signal.generation();
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        recorder.advance("documents", "doc-1", 3);
        batch.rollback();
        assertThat(signal.generation()).isEqualTo(before);
    }

    @Test
    void aWaitingReadIsWokenByTheCommit() throws Exception {
        long seen = signal.generation();
        CompletableFuture<Boolean> woken = CompletableFuture.supplyAsync(() -> {
            try {
                return signal.awaitAfter(seen, 1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        signal.advanced();
        assertThat(woken.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCommitBetweenLookingAndWaitingIsNotMissed() throws Exception {
        long seen = signal.generation();
        signal.advanced();
        assertThat(signal.awaitAfter(seen, 1, TimeUnit.HOURS)).isTrue();
    }

    @Test
    void withoutACommitTheWaitEndsWithItsBound() throws Exception {
        assertThat(signal.awaitAfter(signal.generation(), 0, TimeUnit.NANOSECONDS)).isFalse();
    }
}
