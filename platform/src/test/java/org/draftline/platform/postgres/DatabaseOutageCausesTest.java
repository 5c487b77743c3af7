package org.draftline.platform.postgres;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The ways PostgreSQL being out of reach arrives, wrapped as Spring, Hikari, pgjdbc and Axon wrap it. */
class DatabaseOutageCausesTest {

    private static final PSQLException REFUSED = new PSQLException("Connection to localhost:5432 refused",
            PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));

    @Test
    void aConnectionRefusedIsAnOutageHoweverWrapped() {
        assertThat(DatabaseOutage.causes(REFUSED)).isTrue();
        assertThat(DatabaseOutage.causes(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                REFUSED))).isTrue();
        assertThat(DatabaseOutage.causes(new CompletionException(new QueryExecutionException("query failed",
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", REFUSED)))))
                .isTrue();
        assertThat(DatabaseOutage.causes(new CommandExecutionException("command failed",
                new EventStoreException("append failed", new JdbcException("batch failed", REFUSED))))).isTrue();
    }

    @Test
    void anExhaustedPoolIsAnOutage() {
        SQLTransientConnectionException exhausted = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms.", "08001");
        assertThat(DatabaseOutage.causes(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                exhausted))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("sorry, too many clients already", "53300"))).isTrue();
    }

    @Test
    void aConnectionDroppedByAShutdownIsAnOutage() {
        SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(DatabaseOutage.causes(new EventStoreException("append failed", shutdown))).isTrue();
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "08006", new int[0]);
        assertThat(DatabaseOutage.causes(new JdbcException("batch failed", batch))).isTrue();
        assertThat(DatabaseOutage.causes(new PSQLException("This connection has been closed.",
                PSQLState.CONNECTION_DOES_NOT_EXIST))).isTrue();
    }

    @Test
    void otherFailuresOfTheDatabaseAreNotOutages() {
        assertThat(DatabaseOutage.causes(new DataIntegrityViolationException("unsupported Unicode escape sequence",
                new PSQLException("unsupported Unicode escape sequence", PSQLState.DATA_ERROR)))).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("a fault of ours"))).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("no state"))).isFalse();
    }
}
