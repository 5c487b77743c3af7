package org.draftline.query.projections;

import jakarta.annotation.PreDestroy;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.progress.FindReadModelProgress;
import org.draftline.api.progress.ReadModelProgress;
import org.draftline.api.progress.ReadModelProgress.ReadModelPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How far the read models have come towards the head of the store, with their pace and the time they still
 * need: answered to the administration and, as a query, to the pages' banner. The positions are sampled
 * every second, which gives the pace over the last few seconds; while any read model catches up (a rebuild,
 * or a start behind the record) the log prints the same figures every few seconds, and says when they have
 * caught up.
 * <p>
 * A read model catches up while it is behind the head and Axon reports it replaying or not yet caught up
 * with the stream, or it has not yet read the head the store had {@code catching-up-after} ago (held up, or
 * outpaced by a bulk of new events); one that trails only by the events just committed is live.
 */
@Component
class CatchUp {

    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(1);

    private final ReadModelPositions positions;
    private final Rebuild rebuild;
    private final Pace pace;
    private final long logEveryNanos;
    private final long catchingUpAfterNanos;
    /** The head as sampled, back to the newest sample at least {@code catchingUpAfter} old. */
    private final Deque<HeadSample> heads = new ArrayDeque<>();
    private final ScheduledExecutorService samples = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "draftline-catch-up");
        thread.setDaemon(true);
        return thread;
    });
    private boolean logging;
    private long loggedAt;

    CatchUp(ReadModelPositions positions, Rebuild rebuild,
            @Value("${draftline.projections.pace-window:5s}") Duration paceWindow,
            @Value("${draftline.projections.progress-log-interval:5s}") Duration logEvery,
            @Value("${draftline.projections.catching-up-after:5s}") Duration catchingUpAfter) {
        this.positions = positions;
        this.rebuild = rebuild;
        this.pace = new Pace(paceWindow);
        this.logEveryNanos = logEvery.toNanos();
        this.catchingUpAfterNanos = catchingUpAfter.toNanos();
    }

    private record HeadSample(long nanos, long head) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSampling() {
        samples.scheduleWithFixedDelay(this::sample, 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopSampling() {
        samples.shutdownNow();
    }

    @QueryHandler
    ReadModelProgress answer(FindReadModelProgress query) {
        return progress();
    }

    ReadModelProgress progress() {
        List<ReadModelPositions.Reading> readings = positions.readAll();
        // the head after the positions, so that no position is ever past it
        return progress(readings, positions.head(), System.nanoTime());
    }

    private ReadModelProgress progress(List<ReadModelPositions.Reading> readings, long head, long now) {
        boolean rebuilding = rebuild.running(readings);
        long headLongAgo = headLongAgo(now);
        List<ReadModelPosition> readModels = readings.stream().map(reading -> position(reading, head, headLongAgo))
                .toList();
        return new ReadModelProgress(head, readModels.stream().anyMatch(ReadModelPosition::catchingUp), rebuilding,
                readModels);
    }

    /** Starts a rebuild, refused while one runs, and answers the progress as it stands. */
    ReadModelProgress rebuild() {
        rebuild.start();
        return progress();
    }

    private ReadModelPosition position(ReadModelPositions.Reading reading, long head, long headLongAgo) {
        Long position = reading.position();
        Double eventsPerSecond = pace.eventsPerSecond(reading.readModel());
        boolean behind = position != null && position < head;
        // Axon calls a processor replaying until it handles an event appended after its reset, even at the head
        boolean replaying = behind && reading.replaying();
        return new ReadModelPosition(reading.readModel(), reading.processor(), position, head,
                percent(position, head), eventsPerSecond == null ? null : round(eventsPerSecond, 1),
                secondsLeft(position, head, eventsPerSecond), replaying,
                replaying || behind && (!reading.caughtUp() || position < headLongAgo));
    }

    /** The share of the record read, to one decimal, rounded down so that 100 means the head itself. */
    static Double percent(Long position, long head) {
        if (position == null) {
            return null;
        }
        if (position >= head) {
            return 100.0;
        }
        return Math.floor(Math.max(0, position) * 1000.0 / head) / 10;
    }

    static Double secondsLeft(Long position, long head, Double eventsPerSecond) {
        if (position == null) {
            return null;
        }
        if (position >= head) {
            return 0.0;
        }
        if (eventsPerSecond == null || eventsPerSecond <= 0) {
            return null;
        }
        return round((head - position) / eventsPerSecond, 2);
    }

    private void sample() {
        try {
            List<ReadModelPositions.Reading> readings = positions.readAll();
            long head = positions.head();
            long now = System.nanoTime();
            readings.forEach(reading -> pace.record(reading.readModel(), now, reading.position()));
            recordHead(now, head);
            logProgress(progress(readings, head, now), now);
        } catch (RuntimeException failure) {
            log.debug("Could not sample the read models' positions: {}", failure.toString());
        }
    }

    private synchronized void recordHead(long now, long head) {
        heads.addLast(new HeadSample(now, head));
        while (heads.size() > 1 && now - secondOf(heads).nanos() >= catchingUpAfterNanos) {
            heads.removeFirst();
        }
    }

    /** The head the store had {@code catchingUpAfter} ago or earlier; -1 before it has been sampled that long. */
    private synchronized long headLongAgo(long now) {
        HeadSample oldest = heads.peekFirst();
        return oldest != null && now - oldest.nanos() >= catchingUpAfterNanos ? oldest.head() : -1;
    }

    private static HeadSample secondOf(Deque<HeadSample> samples) {
        var iterator = samples.iterator();
        iterator.next();
        return iterator.next();
    }

    private void logProgress(ReadModelProgress progress, long now) {
        if (progress.catchingUp() || progress.rebuilding()) {
            if (!logging || now - loggedAt >= logEveryNanos) {
                progress.readModels().forEach(model -> log.info("Read model {} ({}): {}", model.name(),
                        model.processor(), describe(model)));
                logging = true;
                loggedAt = now;
            }
        } else if (logging) {
            log.info("The read models have caught up with the head of the record, event {}", progress.head());
            logging = false;
        }
    }

    private static String describe(ReadModelPosition model) {
        if (model.position() == null) {
            return "not running here yet";
        }
        return String.format(Locale.ROOT, "event %d of %d, %.1f%%, %s events/s, %s%s", model.position(),
                model.head(), model.percent(),
                model.eventsPerSecond() == null ? "?" : String.format(Locale.ROOT, "%.0f", model.eventsPerSecond()),
                model.secondsLeft() == null ? "time left unknown"
                        : String.format(Locale.ROOT, "%.1f s left", model.secondsLeft()),
                model.replaying() ? ", replaying" : "");
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
