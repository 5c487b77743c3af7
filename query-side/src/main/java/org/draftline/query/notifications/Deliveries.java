package org.draftline.query.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Delivers one outbox message when its task runs: only once every message written before it to the same
 * destination about the same document is delivered or given up (so a document's messages arrive in
 * order), then retried after each failure with a doubling wait until {@code give-up-after} (a day) from
 * when it was written, when it is marked FAILED and the next one goes. At least once: a delivery whose
 * outcome was not recorded (the instance stopped) is tried again, with the same event id.
 */
@Component
class Deliveries {

    /** How long a message waits to look again at the one before it, if nothing wakes it sooner. */
    private static final java.time.Duration LOOK_AGAIN = java.time.Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    /** What an attempt came to: delivered or not, the receiver's HTTP status where there was one, and why not. */
    record Attempt(boolean delivered, Integer answer, String error) {

        static Attempt failed(String error) {
            return new Attempt(false, null, error);
        }
    }

    private final Outbox outbox;
    private final DeliveryQueue queue;
    private final WebhookPoster webhooks;
    private final MailPoster mails;
    private final NotificationProperties properties;
    private final Clock clock;

    Deliveries(Outbox outbox, DeliveryQueue queue, WebhookPoster webhooks, MailPoster mails,
               NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.queue = queue;
        this.webhooks = webhooks;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /** Tries message {@code id}; when it must be tried again, or wait for an earlier one: when. */
    Optional<Instant> deliver(long id) {
        Optional<Outbox.Message> found = outbox.find(id).filter(message -> message.status() == Outbox.Status.PENDING);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Outbox.Message message = found.get();
        Instant now = clock.instant();
        Optional<Outbox.Message> earlier = outbox.earlierPending(message);
        if (earlier.isPresent()) {
            Instant earliest = earlier.get().nextAttemptAt();
            return Optional.of((earliest.isAfter(now) ? earliest : now).plus(LOOK_AGAIN));
        }
        if (message.nextAttemptAt().isAfter(now)) {
            return Optional.of(message.nextAttemptAt());
        }
        Attempt attempt;
        try {
            attempt = message.webhookId() != null ? webhooks.post(message) : mails.send(message);
        } catch (RuntimeException fault) {
            attempt = Attempt.failed(fault.toString());
        }
        Instant done = clock.instant();
        if (attempt.delivered()) {
            outbox.delivered(id, attempt.answer(), done);
            wakeNext(message, done);
            return Optional.empty();
        }
        String error = attempt.error() == null ? null
                : attempt.error().substring(0, Math.min(attempt.error().length(), 500));
        if (!done.isBefore(message.createdAt().plus(properties.giveUpAfter()))) {
            outbox.failed(id, attempt.answer(), error, done);
            log.warn("Gave up notification {} ({} of {} #{}) after {} attempts: {}", id, message.eventType(),
                    message.document(), message.sequence(), message.attempts() + 1,
                    attempt.answer() != null ? "HTTP " + attempt.answer() : error);
            wakeNext(message, done);
            return Optional.empty();
        }
        Instant next = done.plus(properties.backoff(message.attempts() + 1));
        outbox.retryLater(id, attempt.answer(), error, done, next);
        return Optional.of(next);
    }

    private void wakeNext(Outbox.Message message, Instant now) {
        outbox.nextPending(message).ifPresent(next -> queue.wake(next, now));
    }
}
