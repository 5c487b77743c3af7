package org.draftline.api;

import java.util.function.Supplier;

/**
 * Reading back what was recorded. A value type checks what a client sends against today's rules (the
 * reference list of delegations, the patterns of labels and ids, the limits of counts), but a fact on
 * the record was checked when it was recorded and must load whatever those rules have become: while a
 * recorded value is read, the value types take it as it stands, without checks or normalization.
 * Axon's message serializer, the read models' tables and the audit trail read through here.
 */
public final class Recorded {

    private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

    private Recorded() {
    }

    /** Builds values from recorded data, with every value type's checks off on this thread meanwhile. */
    public static <T> T read(Supplier<T> reading) {
        if (READING.get()) {
            return reading.get();
        }
        READING.set(true);
        try {
            return reading.get();
        } finally {
            READING.remove();
        }
    }

    /** Whether the value being built comes from the record, so today's checks must not refuse it. */
    public static boolean isBeingRead() {
        return READING.get();
    }
}
