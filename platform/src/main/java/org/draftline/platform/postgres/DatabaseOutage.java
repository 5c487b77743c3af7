package org.draftline.platform.postgres;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

/**
 * Tells a failure caused by PostgreSQL being out of reach (down, restarting, refusing connections, the pool
 * exhausted) from any other, however Spring, Hikari or Axon wrapped it: such a failure is a 503 that a
 * client may retry, not a fault in what it sent or in Draftline.
 */
public final class DatabaseOutage {

    /** What the answer's {@code Retry-After} suggests: a restart of PostgreSQL takes seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    /** SQLSTATEs of too_many_connections, admin_shutdown, crash_shutdown and cannot_connect_now. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("53300", "57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isOutage(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                || cause instanceof CannotCreateTransactionException || cause instanceof ConnectException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            // class 08 is "connection exception" in the SQL standard and in PostgreSQL
            return sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState());
        }
        return false;
    }
}
