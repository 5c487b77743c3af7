package org.draftline.command.document;

import org.draftline.api.Deadline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The aggregate's sense of time: what "now" is (the moment a command reached the rules, its receipt), the
 * notice a silence procedure must give, and when Draftline should act on a deadline. A deadline that has
 * already passed when it is recorded (a negotiation loaded after the fact) is acted on a short grace
 * period later, so that the acts recorded right after it can conclude it in their real order.
 */
@Component
public class Timekeeper {

    private final Clock clock;
    private final Duration grace;
    private final Duration minimumNotice;

    public Timekeeper(Clock clock, @Value("${draftline.deadlines.grace:30s}") Duration grace,
                      @Value("${draftline.silence.minimum-notice:1h}") Duration minimumNotice) {
        this.clock = clock;
        this.grace = grace;
        this.minimumNotice = minimumNotice;
    }

    Instant now() {
        return clock.instant();
    }

    /** The earliest deadline a co-facilitator may give a silence procedure started or extended now. */
    Instant earliestSilenceDeadline() {
        return now().plus(minimumNotice);
    }

    Duration minimumNotice() {
        return minimumNotice;
    }

    Instant triggerFor(Deadline deadline) {
        Instant now = now();
        return deadline.at().isAfter(now) ? deadline.at() : now.plus(grace);
    }
}
