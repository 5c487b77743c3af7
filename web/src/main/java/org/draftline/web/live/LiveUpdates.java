package org.draftline.web.live;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentId;
import org.draftline.platform.events.EventsAppended;
import org.draftline.web.Reading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tells the pages open on a document that something was recorded on it. The handler runs in the
 * recording thread (a subscribing processor), so it only hands the news on once the act is committed; a
 * worker then waits for the read models to show it and sends its sequence to every open page, which then
 * fetches itself again with {@code minSequence}.
 * <p>
 * An act recorded by another instance on the same PostgreSQL arrives as PostgreSQL's announcement
 * ({@link EventsAppended}); the recording instance does not publish its own announcements. The one worker
 * tells the pages of a sequence once, whichever news came first, and skips a sequence the pages were already
 * told of or passed.
 */
@Component
@ProcessingGroup(LiveUpdates.PROCESSING_GROUP)
class LiveUpdates {

    static final String PROCESSING_GROUP = "draftline-web-live";

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    /** Long enough for a working session; the browser's EventSource reconnects after it. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Map<DocumentId, List<SseEmitter>> viewers = new ConcurrentHashMap<>();
    /** The highest sequence the pages open on a document were told of; written by the worker only. */
    private final Map<DocumentId, Long> told = new ConcurrentHashMap<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "draftline-live-updates");
        thread.setDaemon(true);
        return thread;
    });
    private final Reading reading;

    LiveUpdates(Reading reading) {
        this.reading = reading;
    }

    SseEmitter watch(DocumentId document) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        List<SseEmitter> watching = viewers.computeIfAbsent(document, key -> new CopyOnWriteArrayList<>());
        watching.add(emitter);
        Runnable forget = () -> watching.remove(emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(failure -> forget.run());
        try {
            emitter.send(SseEmitter.event().name("watching").data(document.value()));
        } catch (IOException e) {
            forget.run();
        }
        return emitter;
    }

    @EventHandler
    void on(DocumentEvent event, @SequenceNumber Long sequence) {
        DocumentId document = event.documentId();
        if (sequence == null || !viewers.containsKey(document)) {
            return;
        }
        Runnable announce = () -> notifier.execute(() -> announce(document, sequence));
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> announce.run());
        } else {
            announce.run();
        }
    }

    /** Acts recorded by the other instances on this PostgreSQL. */
    @EventListener
    void on(EventsAppended appended) {
        if (notifier.isShutdown()) {
            return;
        }
        for (DocumentId document : viewers.keySet()) {
            if (document.value().equals(appended.aggregateId())) {
                notifier.execute(() -> announce(document, appended.sequence()));
                return;
            }
        }
    }

    private void announce(DocumentId document, long sequence) {
        if (told.getOrDefault(document, -1L) >= sequence) {
            return;
        }
        reading.await(document, sequence);
        told.merge(document, sequence, Math::max);
        for (SseEmitter emitter : viewers.getOrDefault(document, List.of())) {
            try {
                emitter.send(SseEmitter.event().name("recorded").data(Long.toString(sequence)));
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
            }
        }
        log.debug("Told the pages on {} about #{}", document, sequence);
    }

    /** Open streams would otherwise hold a graceful shutdown until they time out. */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        viewers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        viewers.clear();
        notifier.shutdownNow();
    }
}
