package org.draftline.command.document;

import org.draftline.api.Deadline;
import org.draftline.api.actor.Actor;
import org.draftline.api.rules.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.draftline.api.rules.NegotiationRule.OCCURRED_BEFORE_LAST_STEP;
import static org.draftline.api.rules.NegotiationRule.OCCURRED_IN_FUTURE;
import static org.draftline.api.rules.NegotiationRule.ONLY_SECRETARIAT_RECORDS_THE_PAST;

/**
 * The aggregate's sense of time: what "now" is (the moment a command reached the rules, its receipt), the
 * notice a silence procedure must give, and when Draftline should act on a deadline. A deadline that has
 * already passed when it is recorded (a negotiation loaded after the fact) is acted on a short grace
 * period later, so that the acts recorded right after it can conclude it in their real order.
 */
@Component
public class Timekeeper {

    /**
     * How far ahead of its receipt an act may be dated, for clocks that disagree a little; it is then
     * recorded at its receipt, never later.
     */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** How far before its receipt an act may be dated by whoever performed it; earlier is the secretariat's to record. */
    public static final Duration RECENT_PAST = Duration.ofMinutes(10);

    private final Clock clock;
    private final Duration grace;
    private final Duration minimumNotice;

    public Timekeeper(Clock clock, @Value("${draftline.deadlines.grace:30s}") Duration grace,
                      @Value("${draftline.silence.minimum-notice:1h}") Duration minimumNotice) {
        this.clock = clock;
        this.grace = grace;
        this.minimumNotice = minimumNotice;
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * The real-world time of an act: as given, or its receipt. Trusted time: no act is dated after its
     * receipt (a date up to {@link #CLOCK_SKEW} ahead is recorded at the receipt); an act dated more than
     * {@link #RECENT_PAST} before it is history, which only the secretariat records; facts are recorded
     * in real-world order, none before {@code lastOccurredAt} (null: the first).
     */
    public Instant realWorldTime(Instant requested, Actor actor, Instant lastOccurredAt) {
        Instant receipt = now();
        if (requested != null && requested.isAfter(receipt.plus(CLOCK_SKEW))) {
            throw new RuleViolation(OCCURRED_IN_FUTURE, "occurredAt: " + requested + " lies in the future; it was "
                    + "received at " + receipt);
        }
        Instant at = requested == null || requested.isAfter(receipt) ? receipt : requested;
        if (at.isBefore(receipt.minus(RECENT_PAST)) && !actor.recordsThePast()) {
            throw new RuleViolation(ONLY_SECRETARIAT_RECORDS_THE_PAST, "occurredAt: " + at + " lies more than "
                    + RECENT_PAST.toMinutes() + " minutes before its receipt (" + receipt + "); only the secretariat "
                    + "records the past, for the delegation that acted (recordedFor)");
        }
        if (lastOccurredAt != null && at.isBefore(lastOccurredAt)) {
            throw new RuleViolation(OCCURRED_BEFORE_LAST_STEP, "occurredAt: " + at + " is before the last step on "
                    + "record (" + lastOccurredAt + "); facts are recorded in real-world order");
        }
        return at;
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
