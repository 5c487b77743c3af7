package org.draftline.query;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.draftline.platform.events.AppendNotificationsResumed;
import org.draftline.platform.events.EventsAppended;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Wakes the pooled processors as soon as the event store holds new events, instead of their fixed
 * 500 ms re-check: the JDBC store's own streams offer no availability callback, so the processors are
 * given this source, whose streams accept one.
 * <p>
 * One watcher thread tails the store's head through a stream of its own. The embedded event store's
 * producer fills the streams' shared cache right after a local unit of work commits events, and every
 * {@code fetchDelay} (1 s) for events another instance appended; the watcher then fires every
 * registered callback. It fires only after the events are in the cache the processors' streams read,
 * so a processor woken finds them there (no wake-up is lost to the producer's fetch still running).
 * When the watcher is down, a processor still looks again after its claim extension threshold.
 * <p>
 * Events another instance on the same PostgreSQL appended are announced by PostgreSQL
 * ({@link EventsAppended}, platform's {@code LISTEN}): the producer is then asked to read at once, rather
 * than after its fetch delay, and the watcher wakes the processors as for a local commit.
 * <p>
 * The processors' streams also read each event's payload and metadata as they hand it over
 * ({@link #readAhead}).
 */
final class EventArrivals implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventArrivals.class);
    private static final Duration RESTART_DELAY = Duration.ofSeconds(1);
    private static final int AGAIN_AFTER_MILLIS = 100;
    /**
     * How many events beyond what its processor has processed a kept stream hands out: fewer than the 1,024 a
     * work package of Axon's pooled processor buffers, as a coordinator that finds that buffer full sleeps
     * 100 ms however soon the work package has room again.
     */
    static final int WINDOW = 1_000;
    private static final Duration LONGEST_WAIT_FOR_THE_WORK = Duration.ofMillis(100);
    private static final long LOOK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final Runnable fetch;
    private final AtomicLong fetchesAnnounced = new AtomicLong();
    private final Set<Runnable> callbacks = new CopyOnWriteArraySet<>();
    private volatile Thread watcher;
    private volatile boolean closed;
    /** The last event the watcher saw: after a failure it watches again from there, missing nothing. */
    private volatile TrackingToken seen;

    /**
     * @param fetch makes the store's producer read the storage now (the embedded store does on any
     *              publication, also of no events)
     */
    EventArrivals(StreamableMessageSource<TrackedEventMessage<?>> store, Runnable fetch) {
        this.store = store;
        this.fetch = fetch;
    }

    /**
     * PostgreSQL announced events another instance appended (this one's own commits wake the producer, and
     * their announcements are not published), or listening resumed after an outage.
     */
    @EventListener({EventsAppended.class, AppendNotificationsResumed.class})
    void announced() {
        if (closed || watcher == null) {
            return;
        }
        fetchesAnnounced.incrementAndGet();
        try {
            fetch.run();
        } catch (RuntimeException e) {
            log.warn("The event store could not be asked to read the appended events now; it reads them within "
                    + "its fetch delay", e);
        }
    }

    /** How many announced appends made the store read at once. */
    long fetchesAnnounced() {
        return fetchesAnnounced.get();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        // the watcher starts from the head as it is before the stream opens: what the stream does not find
        // when it opens, the watcher sees arrive
        startWatching();
        return new Signalled(store.openStream(trackingToken), null, Duration.ZERO);
    }

    /**
     * This source for one processor, whose streams keep at most {@link #WINDOW} events ahead of its work.
     *
     * @param processed the position up to which the processor has processed the store, -1 when unknown
     */
    StreamableMessageSource<TrackedEventMessage<?>> keptAheadOf(LongSupplier processed) {
        return keptAheadOf(processed, LONGEST_WAIT_FOR_THE_WORK);
    }

    /** As {@link #keptAheadOf(LongSupplier)}, waiting at most {@code longestWait} for the work at a time. */
    StreamableMessageSource<TrackedEventMessage<?>> keptAheadOf(LongSupplier processed, Duration longestWait) {
        EventArrivals arrivals = this;
        return new StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
                startWatching();
                return new Signalled(store.openStream(trackingToken), processed, longestWait);
            }

            @Override
            public TrackingToken createTailToken() {
                return arrivals.createTailToken();
            }

            @Override
            public TrackingToken createHeadToken() {
                return arrivals.createHeadToken();
            }

            @Override
            public TrackingToken createTokenAt(Instant dateTime) {
                return arrivals.createTokenAt(dateTime);
            }

            @Override
            public TrackingToken createTokenSince(Duration duration) {
                return arrivals.createTokenSince(duration);
            }
        };
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    /** How many callbacks are registered now, one per open processor stream. */
    int listeners() {
        return callbacks.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    private void listen(Runnable callback) {
        callbacks.add(callback);
    }

    private synchronized void startWatching() {
        if (watcher == null && !closed) {
            seen = store.createHeadToken();
            watcher = new Thread(this::watch, "draftline-event-arrivals");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private void watch() {
        while (!closed) {
            try (BlockingStream<TrackedEventMessage<?>> head = store.openStream(seen)) {
                while (!closed) {
                    seen = head.nextAvailable().trackingToken();
                    while (head.hasNextAvailable()) {
                        seen = head.nextAvailable().trackingToken();
                    }
                    callbacks.forEach(EventArrivals::call);
                    // a processor's stream reading the store on its own, not from the producer's cache, may show
                    // the events a moment later: unless more arrive meanwhile, tell the processors once again then
                    if (!head.hasNextAvailable(AGAIN_AFTER_MILLIS, TimeUnit.MILLISECONDS)) {
                        callbacks.forEach(EventArrivals::call);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                log.warn("Watching the event store for new events failed; watching again in {}", RESTART_DELAY, e);
                try {
                    Thread.sleep(RESTART_DELAY.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Reads the event's payload and metadata from their JSON now, on the pooled processor's coordinator
     * thread, which takes the events from this stream, so that its work package, which handles a batch one
     * event after another and then writes it, finds them read: in a rebuild that was a fifth of the work
     * package's time, while the coordinator, on another core, mostly waited. An event that cannot be read is
     * left as it is: the work package reads it again, fails on it and parks it, as it did before.
     */
    private static void readAhead(EventMessage<?> event) {
        try {
            event.getPayload();
            event.getMetaData();
        } catch (RuntimeException unreadable) {
            log.debug("Event {} is left for its handlers to read", event.getIdentifier(), unreadable);
        }
    }

    /** One processor's refusal (it is stopping, its executor shut) does not keep the others waiting. */
    private static void call(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            log.debug("A processor could not be told of new events", e);
        }
    }

    /**
     * A processor's stream of the store that accepts an availability callback. Kept ahead of its processor's
     * work ({@code processed} given), it says whether more events are available only once the processor has
     * processed all but {@link #WINDOW} of those it handed out, or after {@code longestWait}: Axon's
     * coordinator asks it before each event it hands to the work package, and would otherwise fill the work
     * package's buffer and sleep (a replay read 1,024 events per 100 ms, whatever the machine could do). It
     * never waits longer, so a processor that does not advance is read as before.
     */
    private final class Signalled implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private final LongSupplier processed;
        private final long longestWaitNanos;
        private volatile Runnable callback;
        /** Read and written by the one thread that reads the stream, the processor's coordinator. */
        private long handedOut = -1;
        private long processedUpTo = -1;

        private Signalled(BlockingStream<TrackedEventMessage<?>> events, LongSupplier processed,
                          Duration longestWait) {
            this.events = events;
            this.processed = processed;
            this.longestWaitNanos = longestWait.toNanos();
        }

        /** Waits, at most {@code longestWait}, until the processor is less than {@link #WINDOW} events behind. */
        private void awaitTheWork() {
            if (processed == null || handedOut - processedUpTo < WINDOW) {
                return;
            }
            long deadline = System.nanoTime() + longestWaitNanos;
            while (true) {
                long position = processed.getAsLong();
                if (position < 0) {
                    // nothing known of the processor's work: read as before
                    processedUpTo = handedOut;
                    return;
                }
                processedUpTo = position;
                if (handedOut - processedUpTo < WINDOW) {
                    return;
                }
                if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                    // the work does not advance: hand out a window more before waiting again
                    processedUpTo = handedOut;
                    return;
                }
                LockSupport.parkNanos(LOOK_AGAIN_NANOS);
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public boolean hasNextAvailable() {
            boolean available = events.hasNextAvailable();
            if (available) {
                awaitTheWork();
            }
            return available;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> event = events.nextAvailable();
            if (event.trackingToken() != null) {
                handedOut = event.trackingToken().position().orElse(handedOut);
            }
            readAhead(event);
            return event;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            listen(callback);
            return true;
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            events.close();
        }
    }
}
