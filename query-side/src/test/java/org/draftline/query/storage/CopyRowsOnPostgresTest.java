package org.draftline.query.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftline.query.storage.TestRows.row;
import static org.draftline.query.storage.TestRows.withSource;

/**
 * Rows copied by {@link CopyRows} land in PostgreSQL exactly as the same rows inserted by the statement it
 * was made from: text with tabs, line ends, backslashes and what looks like {@code COPY}'s own markers, every
 * script, nulls, numbers, truths, JSON, and timestamps rounded to the microsecond as the driver rounds them.
 */
class CopyRowsOnPostgresTest {

    @TempDir
    static Path data;

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    private static final String INSERT = """
            INSERT INTO copied (source, id, text, whole, count, truth, at, details)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            ON CONFLICT (source, id) DO NOTHING""";

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        jdbc.execute("""
                CREATE TABLE copied (source TEXT NOT NULL, id INT NOT NULL, text TEXT, whole BIGINT, count INT,
                    truth BOOLEAN, at TIMESTAMP WITH TIME ZONE, details JSONB, PRIMARY KEY (source, id))""");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void copiesEveryRowAsTheInsertWritesIt() {
        List<Object[]> rows = List.of(
                row(1, "Reaffirms, \"in full\", the [Charter]; 'OP1' — 你好 مرحبا Ελληνικά 🇧🇪", 9_007_199_254_740_993L, 7,
                        true, at("2017-07-11T15:00:00.123456Z"), "{\"paragraph\": \"OP1\", \"text\": \"a\\tb\\\\c\"}"),
                row(2, null, null, null, null, null, null),
                row(3, "", Long.MIN_VALUE, Integer.MAX_VALUE, false, at("1945-10-24T00:00:00Z"), "[]"),
                row(4, "tab\there\nline\r\nend \\ back\\slash \\N \\. \\t", -1L, 0, true,
                        at("9999-12-31T23:59:59.999999Z"), "{\"comment\": \"line\\nend \\\\N\"}"),
                row(5, "\\N", 0L, -7, false, at("2017-07-11T15:00:00.123456499Z"), "null"),
                row(6, "\\.", 1L, 1, true, at("2017-07-11T15:00:00.123456500Z"), "\"\\u00e9\""),
                row(7, ".", 2L, 2, true, at("2017-07-11T15:00:00.999999500Z"), "{}"),
                row(8, "\u0001\u007f\u00a0\u2028", 3L, 3, true, at("1999-12-31T23:59:59.000000001Z"), "[1, 2.50]"));

        assertCopiedAsInserted("every", rows);
    }

    /**
     * A character written in two (a flag, an emoji) is kept whole wherever it falls in the rows, also across
     * the 65,536 characters the driver would encode at a time; an unpaired half is written as the insert
     * writes it.
     */
    @Test
    void copiesEveryCharacterWholeWhereverItFalls() {
        String prefix = "whole-copied\t1\t";
        String straddling = "x".repeat(65_535 - prefix.length()) + "\uD83C\uDDE7\uD83C\uDDEA after the flag";
        List<Object[]> rows = List.of(row(1, straddling, null, null, null, null, null),
                row(2, "an unpaired \uD800 half, \uDC00 and another", null, null, null, null, null));

        assertCopiedAsInserted("whole", rows);
        assertThat(jdbc.queryForObject("SELECT text FROM copied WHERE source = 'whole-copied' AND id = 1",
                String.class)).isEqualTo(straddling);
    }

    @Test
    void copiesTimesAsTheDriverSendsThem() {
        Random random = new Random(20171211);
        long earliest = Instant.parse("1945-10-24T00:00:00Z").getEpochSecond();
        long latest = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        List<Object[]> rows = new ArrayList<>();
        for (int id = 0; id < 2_000; id++) {
            long second = earliest + (long) (random.nextDouble() * (latest - earliest));
            int nanos = switch (id % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000_000) * 1_000;
                case 2 -> random.nextInt(1_000_000_000);
                default -> 999_999_000 + random.nextInt(1_000);
            };
            rows.add(row(id, null, null, null, null, Timestamp.from(Instant.ofEpochSecond(second, nanos)), null));
        }

        assertCopiedAsInserted("times", rows);
    }

    @Test
    void copiesNothingOfRowsHoldingAKindItDoesNotCopy() {
        boolean copied = copy(withSource("kinds", List.of(
                row(1, "a", 1L, 1, true, at("2017-07-11T15:00:00Z"), "{}"),
                row(2, "b", 2L, LocalDate.of(2017, 7, 11), true, at("2017-07-11T15:00:00Z"), "{}"))));

        assertThat(copied).isFalse();
        assertThat(written("kinds")).isEmpty();
    }

    @Test
    void aRowAlreadyThereFailsTheWholeCopy() {
        jdbc.batchUpdate(INSERT, new BatchRows(withSource("twice", List.<Object[]>of(row(2, "b", 2L, 2, true, null, "{}")))));

        assertThatThrownBy(() -> copy(withSource("twice", List.of(row(1, "a", 1L, 1, true, null, "{}"),
                row(2, "b", 2L, 2, true, null, "{}"))))).isInstanceOf(DuplicateKeyException.class);
        assertThat(written("twice")).hasSize(1);
    }

    @Test
    void copiesOnlyPlainInsertsThatSkipWhatIsThere() {
        assertThat(CopyRows.of(INSERT)).get().extracting(CopyRows::statement)
                .isEqualTo("COPY copied (source, id, text, whole, count, truth, at, details) FROM STDIN");
        assertThat(CopyRows.of("INSERT INTO t (a, b) VALUES (?, ?)")).isEmpty();
        assertThat(CopyRows.of("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT (a) DO UPDATE SET b = EXCLUDED.b"))
                .isEmpty();
        assertThat(CopyRows.of("INSERT INTO t (a, b) VALUES (?, greatest(?, 0)) ON CONFLICT (a) DO NOTHING"))
                .isEmpty();
        assertThat(CopyRows.of("INSERT INTO t (a, b) VALUES (?, 'x') ON CONFLICT (a) DO NOTHING")).isEmpty();
        assertThat(CopyRows.of("INSERT INTO t (a, b, c) VALUES (?, ?) ON CONFLICT (a) DO NOTHING")).isEmpty();
        assertThat(CopyRows.of("INSERT INTO t (a, b) SELECT ?, ? ON CONFLICT (a) DO NOTHING")).isEmpty();
        assertThat(CopyRows.of("INSERT INTO t (a, b) VALUES (?, ?::int) ON CONFLICT (a) DO NOTHING"))
                .as("a cast would read '007' as 7; a copy into a text column would keep it").isEmpty();
    }

    /** Inserts the rows under {@code name-inserted} and copies them under {@code name-copied}: the same rows land. */
    private static void assertCopiedAsInserted(String name, List<Object[]> rows) {
        jdbc.batchUpdate(INSERT, new BatchRows(withSource(name + "-inserted", rows)));
        boolean copied = copy(withSource(name + "-copied", rows));

        assertThat(copied).isTrue();
        assertThat(written(name + "-copied")).hasSize(rows.size()).isEqualTo(written(name + "-inserted"));
    }

    private static boolean copy(List<Object[]> rows) {
        CopyRows copy = CopyRows.of(INSERT).orElseThrow();
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            connection.setAutoCommit(false);
            try {
                boolean copied = copy.write(connection, rows);
                connection.commit();
                return copied;
            } catch (RuntimeException | java.sql.SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }));
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    private static List<String> written(String source) {
        return jdbc.queryForList("""
                        SELECT id, text, whole, count, truth, (at AT TIME ZONE 'UTC')::text AS at, details::text FROM copied
                        WHERE source = ? ORDER BY id""", source).stream()
                .map(Map::values).map(values -> Arrays.toString(values.toArray())).toList();
    }
}
