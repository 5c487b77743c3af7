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
 * projection's batch counts one more generation and wakes every waiter, which then looks again. A waiter
 * reads the generation before it looks, so a commit between its look and its wait is not missed. Progress
 * committed by another instance on the same PostgreSQL is announced by PostgreSQL ({@link ReadModelsAdvanced})
 * and wakes the waiters the same way, counted apart: only then is the progress table worth asking.
 */
@Component
public class ProgressSignal {

    private final Lock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();
    private long generation;
    private long announcements;

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

    /**
     * How many of those commits PostgreSQL announced (another instance's), or may have missed; the others
     * were this process's own, which {@link KnownProgress} learnt before they were signalled.
     */
    public long announcements() {
        lock.lock();
        try {
            return announcements;
        } finally {
            lock.unlock();
        }
    }

    /** PostgreSQL announced progress (another instance's), or may have missed some. */
    @EventListener({ReadModelsAdvanced.class, AppendNotificationsResumed.class})
    void announced() {
        lock.lock();
        try {
            announcements++;
            generation++;
            advanced.signalAll();
        } finally {
            lock.unlock();
        }
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
