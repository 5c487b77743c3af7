package org.draftline.query.progress;

import org.draftline.platform.events.AppendNotificationsResumed;
import org.draftline.platform.events.ReadModelsAdvanced;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tells the reads waiting in this process that a read model committed progress: each commit of a
 * projection's batch counts one more generation and wakes every waiter, which then looks at the
 * progress table again. A waiter reads the generation before it looks, so a commit between its look
 * and its wait is not missed. Progress committed by another instance on the same PostgreSQL is announced
 * by PostgreSQL ({@link ReadModelsAdvanced}) and wakes the waiters the same way.
 */
@Component
public class ProgressSignal {

    private final Lock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();
    private long generation;

    /** How many commits of progress this process has seen. */
    public long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** Called after a transaction that recorded progress committed. */
    public void advanced() {
        lock.lock();
        try {
            generation++;
            advanced.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** PostgreSQL announced progress (another instance's, or this one's again), or may have missed some. */
    @EventListener({ReadModelsAdvanced.class, AppendNotificationsResumed.class})
    void announced() {
        advanced();
    }

    /**
     * Waits until a commit after generation {@code seen}, at most {@code nanos}; whether one came.
     */
    public boolean awaitAfter(long seen, long nanos) throws InterruptedException {
        lock.lock();
        try {
            long left = nanos;
            while (generation == seen) {
                if (left <= 0) {
                    return false;
                }
                left = advanced.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Waits like {@link #awaitAfter(long, long)}, with the time in {@code unit}. */
    public boolean awaitAfter(long seen, long time, TimeUnit unit) throws InterruptedException {
        return awaitAfter(seen, unit.toNanos(time));
    }
}
