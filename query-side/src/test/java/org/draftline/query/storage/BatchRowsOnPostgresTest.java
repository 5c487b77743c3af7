package org.draftline.query.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.query.storage.TestRows.row;
import static org.draftline.query.storage.TestRows.withSource;

/**
 * Rows bound by {@link BatchRows} land in PostgreSQL exactly as the same rows bound by Spring's
 * {@code JdbcTemplate}: nulls in every kind of column (also cast ones), text of every script with quotes
 * and commas, numbers, truths, timestamps to the microsecond, and kinds it leaves to Spring.
 */
class BatchRowsOnPostgresTest {

    @TempDir
    static Path data;

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    private static final String INSERT = """
            INSERT INTO bound (source, id, text, whole, count, truth, at, details, day, amount)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""";

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        jdbc.execute("""
                CREATE TABLE bound (source TEXT NOT NULL, id INT NOT NULL, text TEXT, whole BIGINT, count INT,
                    truth BOOLEAN, at TIMESTAMP WITH TIME ZONE, details JSONB, day DATE, amount NUMERIC,
                    PRIMARY KEY (source, id))""");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void bindsEveryRowAsSpringWould() {
        List<Object[]> rows = List.of(
                row(1, "Reaffirms, \"in full\", the [Charter]; 'OP1' — 你好 مرحبا", 9_007_199_254_740_993L, 7, true,
                        Timestamp.from(Instant.parse("2017-07-11T15:00:00.123456Z")), "{\"paragraph\": \"OP1\"}",
                        LocalDate.of(2017, 12, 11), new BigDecimal("12.50")),
                row(2, null, null, null, null, null, null, null, null),
                row(3, "", Long.MIN_VALUE, Integer.MAX_VALUE, false,
                        Timestamp.from(Instant.parse("0001-01-01T00:00:00Z")), "[]", null, BigDecimal.ZERO));

        jdbc.batchUpdate(INSERT, withSource("spring", rows));
        jdbc.batchUpdate(INSERT, new BatchRows(withSource("batch-rows", rows)));

        assertThat(written("batch-rows")).hasSize(3).isEqualTo(written("spring"));
    }

    private static List<String> written(String source) {
        return jdbc.queryForList("""
                        SELECT id, text, whole, count, truth, at, details::text, day, amount FROM bound
                        WHERE source = ? ORDER BY id""", source).stream()
                .map(Map::values).map(values -> Arrays.toString(values.toArray())).toList();
    }
}
