package org.draftline.query.progress;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.draftline.query.storage.BatchRows;
import org.draftline.query.storage.CopyRows;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The read models' writes. Within a processor's batch they are collected and sent once, when the batch
 * commits: one {@code batchUpdate} per statement (which the driver's {@code reWriteBatchedInserts} turns
 * into multi-row inserts), and whatever a read model folds in memory ({@link #state}). Nothing runs in a
 * savepoint then. Should anything fail (a handler, or PostgreSQL refusing a row at the commit), the whole
 * batch fails and rolls back, and Axon's processor retries it; up to that batch's last event, each event
 * is then applied alone in a savepoint with its writes sent at once, so the one PostgreSQL refuses is
 * undone alone and parked in the read model's dead-letter queue while every other event commits. Outside
 * a processor's batch (a dead letter retried, a test) every change runs that careful way.
 * <p>
 * A batch whose every event a rebuild replays writes its new rows with {@code COPY} ({@link CopyRows}):
 * the rebuild's reset emptied the read models and each event is applied once, so none of its rows can be
 * there already. Should one be, the copy fails the batch like any refused row, and the careful way's
 * inserts skip it as they always do. The batch that brings a rebuild's replay to its end, or any batch after
 * it, builds the indexes the reset set aside ({@link ReplayIndexes}) before it commits.
 */
@Component
public class BatchWrites {

    private static final Logger log = LoggerFactory.getLogger(BatchWrites.class);
    private static final String BATCH = BatchWrites.class.getName();

    private final JdbcTemplate jdbc;
    private final ReplayIndexes indexes;
    private final TransactionTemplate savepoint;
    /** The global index up to which events are applied one by one: the last event of a batch that failed. */
    private final AtomicLong carefulThrough = new AtomicLong(-1);

    BatchWrites(JdbcTemplate jdbc, ReplayIndexes indexes, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.indexes = indexes;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Applies one event's change. In a batch its writes wait for the commit and a failure fails the batch;
     * otherwise it runs in a savepoint, so a change PostgreSQL refuses is rolled back alone and rethrown
     * for the dead-letter queue to park.
     */
    public void apply(Runnable change) {
        Batch batch = batch();
        if (batch == null) {
            savepoint.executeWithoutResult(status -> change.run());
            return;
        }
        try {
            change.run();
        } catch (RuntimeException failure) {
            batch.failed(failure);
        }
    }

    /** One row's statement: collected into the batch's {@code batchUpdate}, or sent now when careful. */
    public void update(String sql, Object... arguments) {
        Batch batch = batch();
        if (batch == null) {
            jdbc.update(sql, arguments);
        } else {
            batch.statements.computeIfAbsent(sql, key -> new ArrayList<>()).add(arguments);
        }
    }

    /**
     * What a read model keeps in memory for the current batch, made on first use and written by
     * {@code write} when the batch commits; empty when the current event is applied carefully.
     */
    public <T> Optional<T> state(String key, Supplier<T> create, Consumer<T> write) {
        Batch batch = batch();
        if (batch == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T state = (T) batch.states.computeIfAbsent(key, name -> {
            T made = create.get();
            batch.writers.add(() -> write.accept(made));
            return made;
        });
        return Optional.of(state);
    }

    /**
     * The events of the current batch that go the fast way (from the current one on, when it is the first to use
     * {@link #state}), for a read model to read at once what they will need; empty when the current event is
     * applied carefully.
     */
    public List<EventMessage<?>> fastEvents() {
        Batch batch = batch();
        if (batch == null) {
            return List.of();
        }
        List<EventMessage<?>> events = new ArrayList<>();
        for (Message<?> message : ((BatchingUnitOfWork<?>) CurrentUnitOfWork.get().root()).getMessages()) {
            if (message instanceof EventMessage<?> event
                    && position(event).orElse(Long.MAX_VALUE) > batch.carefulUpTo) {
                events.add(event);
            }
        }
        return events;
    }

    /** The current batch when its current event goes the fast way, else null. */
    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        if (!(current.root() instanceof BatchingUnitOfWork<?> root)) {
            return null;
        }
        Batch batch = root.getOrComputeResource(BATCH, key -> {
            Batch made = new Batch(carefulThrough.get(), lastPosition(root.getMessages()),
                    root.getMessages().stream().allMatch(ReplayToken::isReplay),
                    ReplayIndexes.endReplay(root.getMessages()));
            root.onPrepareCommit(unitOfWork -> made.write());
            return made;
        });
        OptionalLong position = position(current.getMessage());
        return position.isPresent() && position.getAsLong() > batch.carefulUpTo ? batch : null;
    }

    private static long lastPosition(List<? extends Message<?>> messages) {
        return messages.isEmpty() ? Long.MAX_VALUE
                : position(messages.get(messages.size() - 1)).orElse(Long.MAX_VALUE);
    }

    private static OptionalLong position(Message<?> message) {
        return message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position() : OptionalLong.empty();
    }

    private final class Batch {

        /** Decided when the batch starts, so that no event of it goes careful after others went fast. */
        final long carefulUpTo;
        final long lastPosition;
        /** Every event of the batch replayed by a rebuild, into read models its reset emptied. */
        final boolean replay;
        /** Its last event is where a replay ends, or comes after. */
        final boolean endsReplay;
        final Map<String, List<Object[]>> statements = new LinkedHashMap<>();
        final Map<String, Object> states = new LinkedHashMap<>();
        final List<Runnable> writers = new ArrayList<>();
        RuntimeException failure;

        Batch(long carefulUpTo, long lastPosition, boolean replay, boolean endsReplay) {
            this.carefulUpTo = carefulUpTo;
            this.lastPosition = lastPosition;
            this.replay = replay;
            this.endsReplay = endsReplay;
        }

        void failed(RuntimeException cause) {
            if (failure == null) {
                failure = cause;
            }
        }

        void write() {
            try {
                if (failure != null) {
                    throw failure;
                }
                statements.forEach(this::send);
                writers.forEach(Runnable::run);
                if (endsReplay) {
                    indexes.restore();
                }
            } catch (RuntimeException e) {
                carefulThrough.accumulateAndGet(lastPosition, Math::max);
                log.info("A read model's batch failed ({}); its events go again one by one, up to {}",
                        NestedExceptionUtils.getMostSpecificCause(e).getMessage(), lastPosition);
                throw e;
            }
        }

        private void send(String sql, List<Object[]> rows) {
            Optional<CopyRows> copy = replay ? CopyRows.of(sql) : Optional.empty();
            boolean copied = copy.isPresent()
                    && Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    copy.get().write(connection, rows)));
            if (!copied) {
                jdbc.batchUpdate(sql, new BatchRows(rows));
            }
        }
    }
}
