package org.draftline.query;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The processors are woken by a commit, not by their fixed re-check: the store's own streams refuse an
 * availability callback, the streams of {@link EventArrivals} take one and call it once committed events
 * can be read. The waits below only bound a test that would otherwise hang; nothing is timed.
 */
class EventArrivalsTest {

    /** The storage another instance appends to directly; this store's producer would look only hourly. */
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(storage).fetchDelay(TimeUnit.HOURS.toMillis(1)).build();
    private final EventArrivals arrivals = new EventArrivals(store, () -> store.publish(List.of()));

    @AfterEach
    void close() {
        arrivals.close();
        store.shutDown();
    }

    @Test
    void theStoresOwnStreamCannotWakeAProcessorButTheSignalledOneCan() {
        try (BlockingStream<TrackedEventMessage<?>> plain = store.openStream(null);
             BlockingStream<TrackedEventMessage<?>> signalled = arrivals.openStream(null)) {
            assertThat(plain.setOnAvailableCallback(() -> { })).isFalse();
            assertThat(signalled.setOnAvailableCallback(() -> { })).isTrue();
            assertThat(arrivals.listeners()).isEqualTo(1);
        }
        assertThat(arrivals.listeners()).as("a closed stream is no longer called").isZero();
    }

    @Test
    void aCommitCallsTheCallbackAndItsEventsAreThenRead() throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> stream = arrivals.openStream(store.createHeadToken())) {
            assertThat(stream.hasNextAvailable()).isFalse();
            CountDownLatch called = new CountDownLatch(1);
            stream.setOnAvailableCallback(called::countDown);

            DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(GenericEventMessage.asEventMessage("event")));

            // the watcher calls once the store's producer has cached the event; the stream then reads it (a
            // stream of the embedded store reading on its own may see it a moment later: the processor woken
            // then finds it at once, or at its next re-check)
            assertThat(called.await(30, TimeUnit.SECONDS)).as("the callback is called after the commit").isTrue();
            assertThat(stream.hasNextAvailable(30, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event");
        }
    }

    @Test
    void eventsAnotherInstanceAppendedWakeTheProcessorOnceAnnouncedNotAtTheNextFetch() throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> stream = arrivals.openStream(store.createHeadToken())) {
            CountDownLatch localCommit = new CountDownLatch(1);
            stream.setOnAvailableCallback(localCommit::countDown);
            DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(GenericEventMessage.asEventMessage("here")));
            assertThat(localCommit.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("here");
            // the producer, having read that commit, looks once more and then waits its hour
            Thread.sleep(500);
            CountDownLatch called = new CountDownLatch(1);
            stream.setOnAvailableCallback(called::countDown);

            // another instance's append: straight into the storage, no commit of this process tells the producer
            storage.appendEvents(GenericEventMessage.asEventMessage("appended elsewhere"));
            assertThat(called.await(1, TimeUnit.SECONDS)).as("unannounced, nothing wakes it for an hour").isFalse();

            arrivals.announced();

            assertThat(called.await(30, TimeUnit.SECONDS)).as("the announcement wakes it").isTrue();
            assertThat(stream.hasNextAvailable(30, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("appended elsewhere");
            assertThat(arrivals.fetchesAnnounced()).isEqualTo(1);
        }
    }

    /**
     * The stream hands each event over read (payload and metadata), so a processor's work package does not
     * read it again; one it cannot read is handed over as it is, for its handler to fail on and park.
     */
    @Test
    void eachEventIsHandedOverReadAndAnUnreadableOneAsItIs() throws Exception {
        Serializer json = JacksonSerializer.defaultSerializer();
        SerializedMessage<String> readable = new SerializedMessage<>("readable",
                json.serialize("Reaffirms, \"in full\", the [Charter]", byte[].class),
                json.serialize(MetaData.with("actor", "belgium"), byte[].class), json);
        SerializedMessage<String> unreadable = new SerializedMessage<>("unreadable",
                new SimpleSerializedObject<>("{not json".getBytes(StandardCharsets.UTF_8), byte[].class,
                        String.class.getName(), null),
                json.serialize(MetaData.emptyInstance(), byte[].class), json);
        storage.appendEvents(new GenericEventMessage<>(readable, Instant::now),
                new GenericEventMessage<>(unreadable, Instant::now));

        try (BlockingStream<TrackedEventMessage<?>> stream = arrivals.openStream(null)) {
            assertThat(stream.hasNextAvailable(30, TimeUnit.SECONDS)).isTrue();
            TrackedEventMessage<?> first = stream.nextAvailable();
            assertThat(readable.isPayloadDeserialized()).isTrue();
            assertThat(readable.isMetaDataDeserialized()).isTrue();
            assertThat(first.getPayload()).isEqualTo("Reaffirms, \"in full\", the [Charter]");
            assertThat(first.getMetaData()).containsEntry("actor", "belgium");

            TrackedEventMessage<?> second = stream.nextAvailable();
            assertThat(unreadable.isPayloadDeserialized()).isFalse();
            assertThatThrownBy(second::getPayload).as("its handler still fails on it")
                    .isInstanceOf(SerializationException.class);
        }
    }

    /**
     * A stream kept ahead of its processor's work hands out {@link EventArrivals#WINDOW} events beyond what the
     * processor has processed, then says whether more are available only once the processor has processed some
     * (so that Axon's coordinator does not fill the work package's buffer and sleep).
     */
    @Test
    void aKeptStreamWaitsForItsProcessorOnceAWindowAhead() throws Exception {
        List<String> appended = append(EventArrivals.WINDOW + 100);
        AtomicLong processed = new AtomicLong(0);
        ExecutorService coordinator = Executors.newSingleThreadExecutor();
        try (BlockingStream<TrackedEventMessage<?>> stream =
                     arrivals.keptAheadOf(processed::get, Duration.ofMinutes(5)).openStream(null)) {
            List<Object> read = coordinator.submit(() -> take(stream, EventArrivals.WINDOW + 1)).get(30, TimeUnit.SECONDS);

            Future<Boolean> more = coordinator.submit(() -> stream.hasNextAvailable());
            Thread.sleep(200);
            assertThat(more).as("the processor has processed none of the window").isNotDone();
            processed.set(500);
            assertThat(more.get(30, TimeUnit.SECONDS)).isTrue();
            read.addAll(coordinator.submit(() -> take(stream, 99)).get(30, TimeUnit.SECONDS));
            assertThat(read).isEqualTo(appended);
        } finally {
            coordinator.shutdownNow();
        }
    }

    /** It waits no longer than its bound for a processor that does not advance, and not at all for one it cannot see. */
    @Test
    void aKeptStreamNeitherWaitsLongerThanItsBoundNorForAProcessorItCannotSee() throws Exception {
        List<String> appended = append(3 * EventArrivals.WINDOW);
        ExecutorService coordinator = Executors.newSingleThreadExecutor();
        try (BlockingStream<TrackedEventMessage<?>> stuck =
                     arrivals.keptAheadOf(() -> 0, Duration.ofMillis(50)).openStream(null);
             BlockingStream<TrackedEventMessage<?>> unseen =
                     arrivals.keptAheadOf(() -> -1, Duration.ofMinutes(5)).openStream(null)) {
            assertThat(coordinator.submit(() -> take(stuck, appended.size())).get(30, TimeUnit.SECONDS))
                    .isEqualTo(appended);
            assertThat(coordinator.submit(() -> take(unseen, appended.size())).get(30, TimeUnit.SECONDS))
                    .isEqualTo(appended);
        } finally {
            coordinator.shutdownNow();
        }
    }

    private List<String> append(int count) {
        List<String> payloads = new ArrayList<>();
        List<EventMessage<?>> events = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            payloads.add("event " + index);
            events.add(GenericEventMessage.asEventMessage("event " + index));
        }
        storage.appendEvents(events);
        return payloads;
    }

    /** What a coordinator does: asks whether an event is available before it takes each. */
    private static List<Object> take(BlockingStream<TrackedEventMessage<?>> stream, int count)
            throws InterruptedException {
        List<Object> read = new ArrayList<>();
        while (read.size() < count && stream.hasNextAvailable()) {
            read.add(stream.nextAvailable().getPayload());
        }
        return read;
    }

    @Test
    void aPooledProcessorWhoseOwnReChecksAreAnHourApartIsWokenByTheCommit() throws Exception {
        BlockingQueue<Object> handled = new LinkedBlockingQueue<>();
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name("woken")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers((EventMessageHandler) event -> handled.add(event.getPayload())).build())
                .messageSource(arrivals)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(1)
                .initialToken(source -> source.createHeadToken())
                // without a signal the processor would look again only after an hour
                .tokenClaimInterval(TimeUnit.HOURS.toMillis(1))
                .claimExtensionThreshold(TimeUnit.HOURS.toMillis(1))
                .build();
        try {
            processor.start();
            DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(GenericEventMessage.asEventMessage("first")));
            assertThat(handled.poll(30, TimeUnit.SECONDS)).isEqualTo("first");
            // now idle on an open stream: only the commit's signal can wake it
            DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(GenericEventMessage.asEventMessage("second")));
            assertThat(handled.poll(30, TimeUnit.SECONDS)).isEqualTo("second");
        } finally {
            processor.shutDown();
            coordinator.shutdownNow();
            workers.shutdownNow();
        }
    }
}
