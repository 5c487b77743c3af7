package org.draftline.query.projections;

import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.query.progress.ReplayIndexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds every read model from the first event, the way Axon resets a streaming processor: each
 * processor running a read model is shut down (releasing its segments), its tokens reset to the tail of
 * the store (which calls the read models' {@code @ResetHandler}s, emptying them, and clears their
 * dead-letter queues) and started again, replaying the whole record. The reset runs on a thread of its
 * own, so the request that asks for it is answered at once. Only the processors of the read models are
 * reset: the live updates and anything else that acts on events are not replayed.
 * <p>
 * A rebuild runs until every read model has read up to the head the store had when its reset began;
 * until then another is refused. The reset sets the read models' secondary indexes aside, and the batch that
 * ends the replay builds them again ({@link ReplayIndexes}); should none have (its last events being ones no
 * read model reads), the rebuild builds them once it sees every read model caught up.
 */
@Component
class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

    private enum Phase { IDLE, RESETTING, REPLAYING }

    private final ReadModelPositions positions;
    private final Clock clock;
    private final ReplayIndexes indexes;
    private final TransactionTemplate transactions;
    private final ExecutorService resets = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "draftline-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private Phase phase = Phase.IDLE;
    private Instant startedAt;
    private long headAtReset = -1;

    Rebuild(ReadModelPositions positions, Clock clock, ReplayIndexes indexes,
            PlatformTransactionManager transactions) {
        this.positions = positions;
        this.clock = clock;
        this.indexes = indexes;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Starts a rebuild in the background; refused while one runs. */
    synchronized void start() {
        if (phase != Phase.IDLE) {
            throw new RuleViolation(NegotiationRule.REBUILD_RUNNING, "a rebuild of the read models started at "
                    + startedAt + " is still running; follow it at GET /api/admin/projections");
        }
        phase = Phase.RESETTING;
        startedAt = clock.instant();
        resets.execute(this::reset);
    }

    /**
     * Whether a rebuild runs, judged on the readings: one that has reset its processors ends once every read
     * model has read up to the head the store had at its reset. (Axon still calls a processor replaying
     * there, until it handles an event appended after the reset.)
     */
    synchronized boolean running(List<ReadModelPositions.Reading> readings) {
        if (phase == Phase.REPLAYING && readings.stream().allMatch(reading -> reading.position() != null
                && reading.position() >= headAtReset)) {
            phase = Phase.IDLE;
            log.info("The rebuild of the read models started at {} has caught up with event {}", startedAt,
                    headAtReset);
            resets.execute(this::restoreIndexes);
        }
        return phase != Phase.IDLE;
    }

    private void reset() {
        Collection<StreamingEventProcessor> processors = positions.processors().values();
        boolean reset = false;
        try {
            for (StreamingEventProcessor processor : processors) {
                if (!processor.supportsReset()) {
                    throw new IllegalStateException("the processor " + processor.getName()
                            + " has handlers that do not support a reset");
                }
            }
            log.info("Rebuilding the read models: stopping the processors {}",
                    processors.stream().map(StreamingEventProcessor::getName).toList());
            processors.forEach(StreamingEventProcessor::shutDown);
            long head = positions.head();
            for (StreamingEventProcessor processor : processors) {
                processor.resetTokens(StreamableMessageSource::createTailToken);
            }
            synchronized (this) {
                headAtReset = head;
            }
            reset = true;
            log.info("Rebuilding the read models: their tokens are reset, replaying the record up to event {}", head);
        } catch (RuntimeException failure) {
            log.error("The rebuild of the read models failed; their processors go on from where they were",
                    failure);
        } finally {
            for (StreamingEventProcessor processor : processors) {
                if (!processor.isRunning()) {
                    processor.start();
                }
            }
            synchronized (this) {
                phase = reset ? Phase.REPLAYING : Phase.IDLE;
            }
        }
    }

    private void restoreIndexes() {
        try {
            transactions.executeWithoutResult(status -> indexes.restore());
        } catch (RuntimeException failure) {
            log.error("The read models' indexes set aside for the rebuild could not be built again; the next batch"
                    + " of new events tries again", failure);
        }
    }

    @PreDestroy
    void stop() {
        resets.shutdownNow();
    }
}
