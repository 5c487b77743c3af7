package org.draftline.query.deadletters;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.draftline.platform.web.NotFound;
import org.draftline.query.progress.ReadModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The events each read model has parked, read from and retried through Axon's own dead-letter queue and
 * processor of that read model's processing group.
 */
@Component
public class DeadLetters {

    private final List<String> processors;
    private final ObjectProvider<EventProcessingConfiguration> processing;

    DeadLetters(List<ReadModel> readModels, ObjectProvider<EventProcessingConfiguration> processing) {
        this.processors = readModels.stream().map(ReadModel::name).sorted().toList();
        this.processing = processing;
    }

    /** One parked event: its document and sequence, and why and when its document's sequence was parked. */
    public record Letter(String document, Long sequence, String eventType, String eventId, FailureCause cause,
                         Instant firstFailureAt, Instant lastFailureAt, int attempts) {
    }

    /** Why an event failed; a letter without one waits behind an earlier failure of its document. */
    public record FailureCause(String type, String message) {
    }

    /** What one read model has parked, per document in order. */
    public record Parked(String processor, int documents, int events, List<Letter> letters) {

        Set<String> documentIds() {
            Set<String> ids = new LinkedHashSet<>();
            letters.forEach(letter -> ids.add(letter.document()));
            return ids;
        }
    }

    /** What a retry tried again, what it cleared and what is still parked. */
    public record Retry(String processor, List<String> retried, List<String> cleared, Parked stillParked) {
    }

    public List<Parked> all() {
        return processors.stream().map(this::parked).toList();
    }

    public Parked parked(String processor) {
        List<Letter> letters = new ArrayList<>();
        int documents = 0;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(processor).deadLetters()) {
            documents++;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                letters.add(letter(letter));
            }
        }
        return new Parked(processor, documents, letters.size(), letters);
    }

    /**
     * Processes each parked document's events again, in order, through the projection: a document whose
     * events all apply now is cleared and its read model catches up; one that fails again stays parked.
     */
    public Retry retry(String processor) {
        List<String> retried = new ArrayList<>(parked(processor).documentIds());
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing().sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> unknown(processor));
        List<String> cleared = new ArrayList<>();
        for (String document : retried) {
            if (letters.process(letter -> document.equals(documentOf(letter)))) {
                cleared.add(document);
            }
        }
        Parked stillParked = parked(processor);
        cleared.removeAll(stillParked.documentIds());
        return new Retry(processor, retried, cleared, stillParked);
    }

    /** How many events a read model has parked, counted by the queue itself (for the metrics). */
    public long parkedEvents(String processor) {
        return queue(processor).size();
    }

    public List<String> processors() {
        return processors;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        if (!processors.contains(processor)) {
            throw unknown(processor);
        }
        return processing().deadLetterQueue(processor).orElseThrow(() -> unknown(processor));
    }

    private EventProcessingConfiguration processing() {
        return processing.getObject();
    }

    private NotFound unknown(String processor) {
        return new NotFound("UNKNOWN_PROCESSOR", "no read model '" + processor + "'; the read models are "
                + String.join(", ", processors));
    }

    private static Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Long sequence = event instanceof DomainEventMessage<?> domainEvent ? domainEvent.getSequenceNumber() : null;
        FailureCause cause = letter.cause().map(DeadLetters::cause).orElse(null);
        return new Letter(documentOf(letter), sequence, event.getPayloadType().getSimpleName(), event.getIdentifier(),
                cause, letter.enqueuedAt(), letter.lastTouched(), ParkingPolicy.attempts(letter));
    }

    private static FailureCause cause(Cause cause) {
        return new FailureCause(cause.type(), cause.message());
    }

    private static String documentOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> domainEvent ? domainEvent.getAggregateIdentifier()
                : String.valueOf(letter.message().getIdentifier());
    }
}
