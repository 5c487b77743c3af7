package org.draftline.standalone.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The raw limits a benchmark compares Draftline with: the same PostgreSQL, in the same run. */
public final class RawPostgres {

    /** How many rows {@link #insertsPerSecond} inserts. */
    public static final int INSERTS = 3000;
    private static final int FETCH_SIZE = 1000;

    private RawPostgres() {
    }

    /** Single-row inserts, each committed on its own, per second. */
    public static double insertsPerSecond(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS benchmark_row (id BIGSERIAL PRIMARY KEY, payload TEXT)");
        long start = System.nanoTime();
        for (int i = 0; i < INSERTS; i++) {
            jdbc.update("INSERT INTO benchmark_row (payload) VALUES (?)", "row " + i);
        }
        double perSecond = INSERTS / ((System.nanoTime() - start) / 1e9);
        jdbc.execute("DROP TABLE benchmark_row");
        return perSecond;
    }

    /**
     * Every event of the store, every column, in global order, streamed to this client (a cursor fetching
     * {@value FETCH_SIZE} rows at a time, so memory stays bounded), in rows per second.
     */
    public static double orderedEventReadRowsPerSecond(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT * FROM domainevententry ORDER BY globalindex")) {
                select.setFetchSize(FETCH_SIZE);
                long start = System.nanoTime();
                long rows = 0;
                try (ResultSet events = select.executeQuery()) {
                    int columns = events.getMetaData().getColumnCount();
                    while (events.next()) {
                        for (int column = 1; column <= columns; column++) {
                            events.getBytes(column);
                        }
                        rows++;
                    }
                }
                double perSecond = rows / ((System.nanoTime() - start) / 1e9);
                connection.rollback();
                return perSecond;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
