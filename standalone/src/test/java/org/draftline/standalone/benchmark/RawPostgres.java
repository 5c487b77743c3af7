package org.draftline.standalone.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/** The raw limit a benchmark compares Draftline with: the same PostgreSQL, in the same run. */
public final class RawPostgres {

    private static final int INSERTS = 3000;

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
}
