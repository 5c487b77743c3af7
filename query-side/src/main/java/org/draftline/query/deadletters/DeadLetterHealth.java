package org.draftline.query.deadletters;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports the read models' parked events under {@code deadLetters} in the health endpoint. Parked events
 * leave the server serving every other document, so the status is {@code DEGRADED} (answered with 200,
 * ordered between {@code OUT_OF_SERVICE} and {@code UP}), never {@code DOWN}: restarting would not help,
 * retrying after a fix does.
 */
@Component("deadLettersHealthIndicator")
class DeadLetterHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED",
            "read models have parked events; see GET /api/admin/dead-letters");

    private final DeadLetters deadLetters;

    DeadLetterHealth(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        Map<String, Object> processors = new LinkedHashMap<>();
        int parked = 0;
        for (DeadLetters.Parked processor : deadLetters.all()) {
            parked += processor.events();
            processors.put(processor.processor(), Map.of("parkedEvents", processor.events(),
                    "documents", processor.documentIds()));
        }
        return (parked == 0 ? Health.up() : Health.status(DEGRADED))
                .withDetail("parkedEvents", parked)
                .withDetail("processors", processors)
                .build();
    }
}
