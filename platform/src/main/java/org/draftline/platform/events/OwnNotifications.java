package org.draftline.platform.events;

import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PostgreSQL backends through which this instance itself notified lately: an append of its own (the
 * event table's trigger notifies) or its read models' progress. PostgreSQL names the sending backend in
 * every notification, so {@link AppendNotifications} can tell this instance's own, which it already acted on
 * when it committed, from another's. Without it, every local command would have the event store read again
 * and every waiting read ask the progress table again, for nothing.
 * <p>
 * A backend is remembered from the moment it is about to notify, before the commit that delivers the
 * notification, for {@link #REMEMBERED}: were its process id taken later by another instance's backend, that
 * instance's news would be heard within the store's fetch delay and the reads' re-check instead of at once.
 */
public class OwnNotifications {

    static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final int PRUNE_ABOVE = 256;

    private final Map<Integer, Long> notifiedAt = new ConcurrentHashMap<>();

    /** Remembers the backend of {@code connection} as this instance's, about to notify. */
    public void notifyingThrough(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(PGConnection.class)) {
            return;
        }
        long now = System.nanoTime();
        notifiedAt.put(connection.unwrap(PGConnection.class).getBackendPID(), now);
        if (notifiedAt.size() > PRUNE_ABOVE) {
            notifiedAt.values().removeIf(at -> now - at > REMEMBERED.toNanos());
        }
    }

    /** Whether the backend {@code pid} notified for this instance lately. */
    public boolean sentHere(int pid) {
        Long at = notifiedAt.get(pid);
        return at != null && System.nanoTime() - at <= REMEMBERED.toNanos();
    }
}
