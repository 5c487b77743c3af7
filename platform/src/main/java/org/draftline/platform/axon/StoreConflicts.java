package org.draftline.platform.axon;

import org.axonframework.modelling.command.ConcurrencyException;

import java.sql.SQLException;

/**
 * How a race for one document shows in a failure: the unique (aggregate, sequence) index refusing the
 * insert, which Axon's JDBC engine reports either as a concurrency exception or as the database's own
 * unique violation.
 */
public final class StoreConflicts {

    /** PostgreSQL's SQLSTATE for a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private StoreConflicts() {
    }

    /** Whether this throwable itself (not its causes) is the unique index refusing an insert. */
    public static boolean isUniqueViolation(Throwable throwable) {
        return throwable instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }

    /** Whether the failure, or any of its causes, is a command that lost the race to append. */
    public static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyException || isUniqueViolation(cause)) {
                return true;
            }
        }
        return false;
    }
}
