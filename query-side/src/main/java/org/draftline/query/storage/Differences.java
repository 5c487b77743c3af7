package org.draftline.query.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields in which a read model's row differs from what its projection makes of the event, named
 * in order; times compare to the microsecond PostgreSQL keeps, rounding what it is given.
 */
public final class Differences {

    private final List<String> fields = new ArrayList<>();

    public Differences field(String name, Object row, Object event) {
        if (!Objects.equals(row, event)) {
            fields.add(name);
        }
        return this;
    }

    public Differences time(String name, Instant row, Instant event) {
        boolean same = row == null || event == null ? row == event
                : Duration.between(row, event).abs().compareTo(Duration.ofNanos(500)) <= 0;
        if (!same) {
            fields.add(name);
        }
        return this;
    }

    public List<String> names() {
        return List.copyOf(fields);
    }
}
