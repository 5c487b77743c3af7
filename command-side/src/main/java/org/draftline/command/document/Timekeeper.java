package org.draftline.command.document;

import org.draftline.api.Deadline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The aggregate's sense of time: what "now" is, and when Draftline should act on a deadline. A deadline
 * that has already passed when it is recorded (a negotiation loaded after the fact) is acted on a short
 * grace period later, so that the acts recorded right after it can conclude it in their real order.
 */
@Component
public class Timekeeper {

    private final Clock clock;
    private final Duration grace;

    public Timekeeper(Clock clock, @Value("${draftline.deadlines.grace:30s}") Duration grace) {
        this.clock = clock;
        this.grace = grace;
    }

    Instant now() {
        return clock.instant();
    }

    Instant triggerFor(Deadline deadline) {
        Instant now = now();
        return deadline.at().isAfter(now) ? deadline.at() : now.plus(grace);
    }
}
