package org.draftline.query.storage;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New rows sent with PostgreSQL's {@code COPY ... FROM STDIN} instead of a batch of inserts: one stream of
 * text rows, which the driver neither binds parameter by parameter nor PostgreSQL plans, for the read
 * models' tables while a rebuild replays the record into them (emptied by its reset, so no row can be
 * there already). Only a plain {@code INSERT INTO table (columns) VALUES (?, ..., ?::jsonb) ON CONFLICT (...)
 * DO NOTHING}, one placeholder per column, can be copied; {@code COPY} reads each value as its column's type
 * reads text, as the insert did (a {@code ?::jsonb} goes into a {@code jsonb} column). It has no {@code ON CONFLICT}: a row already there fails the whole copy.
 * Values: null, text, whole numbers, truths and timestamps (to the microsecond, as the driver sends them; in
 * the calendar of {@link Instant}, where the driver would write a {@code Timestamp} before 1582 in the Julian
 * one, two days apart in year 1: the record holds no time before 1945, {@code RecordableTime}).
 */
public final class CopyRows {

    private static final Pattern INSERT = Pattern.compile(
            "\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\(([^)]*)\\)\\s*"
                    + "ON\\s+CONFLICT\\s*\\([^)]*\\)\\s*DO\\s+NOTHING\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN = Pattern.compile("\\w+");
    /** A value as it is, or a JSON text into a {@code jsonb} column: another cast would convert it differently. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\?(::jsonb)?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Optional<CopyRows>> PARSED = new ConcurrentHashMap<>();

    private final String copy;

    private CopyRows(String copy) {
        this.copy = copy;
    }

    /** The copy that writes what {@code insert} would write into an empty table; empty when it cannot. */
    public static Optional<CopyRows> of(String insert) {
        return PARSED.computeIfAbsent(insert, CopyRows::parse);
    }

    private static Optional<CopyRows> parse(String insert) {
        Matcher statement = INSERT.matcher(insert);
        if (!statement.matches()) {
            return Optional.empty();
        }
        String[] columns = statement.group(2).split(",");
        String[] values = statement.group(3).split(",");
        if (columns.length != values.length) {
            return Optional.empty();
        }
        StringBuilder names = new StringBuilder();
        for (int index = 0; index < columns.length; index++) {
            String column = columns[index].strip();
            if (!COLUMN.matcher(column).matches() || !PLACEHOLDER.matcher(values[index].strip()).matches()) {
                return Optional.empty();
            }
            names.append(index == 0 ? "" : ", ").append(column);
        }
        return Optional.of(new CopyRows("COPY " + statement.group(1) + " (" + names + ") FROM STDIN"));
    }

    /** The {@code COPY} statement. */
    public String statement() {
        return copy;
    }

    /**
     * Copies the rows through {@code connection}, in its transaction; false, sending nothing, when a value is
     * of a kind it does not copy (the caller inserts them then).
     */
    public boolean write(Connection connection, List<Object[]> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int index = 0; index < row.length; index++) {
                if (index > 0) {
                    text.append('\t');
                }
                if (!value(text, row[index])) {
                    return false;
                }
            }
            text.append('\n');
        }
        try {
            // encoded whole: the driver's reader variant encodes 65,536 characters at a time, and would split a
            // character written as two (an emoji, a flag) that straddles two of them into two question marks
            byte[] rowsInUtf8 = text.toString().getBytes(StandardCharsets.UTF_8);
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new ByteArrayInputStream(rowsInUtf8));
            return true;
        } catch (IOException e) {
            throw new SQLException("could not send the rows of " + copy, e);
        }
    }

    /** One value in {@code COPY}'s text format (tab between values, a line per row, {@code \N} for null). */
    private static boolean value(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String string) {
            escaped(text, string);
        } else if (value instanceof Long || value instanceof Integer) {
            text.append(value);
        } else if (value instanceof Boolean truth) {
            text.append(truth ? 't' : 'f');
        } else if (value instanceof Timestamp time) {
            timestamp(text, toMicros(time.toInstant()));
        } else {
            return false;
        }
        return true;
    }

    /** {@code 2017-07-11 15:00:00.123456+00}: in UTC, to the microsecond, without a formatter's work per value. */
    private static void timestamp(StringBuilder text, Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        digits(text, time.getYear(), 4).append('-');
        digits(text, time.getMonthValue(), 2).append('-');
        digits(text, time.getDayOfMonth(), 2).append(' ');
        digits(text, time.getHour(), 2).append(':');
        digits(text, time.getMinute(), 2).append(':');
        digits(text, time.getSecond(), 2).append('.');
        digits(text, time.getNano() / 1_000, 6).append("+00");
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String number = Integer.toString(value);
        for (int pad = number.length(); pad < width; pad++) {
            text.append('0');
        }
        return text.append(number);
    }

    /** Rounded half up to the microsecond, as the driver sends a timestamp's nanoseconds. */
    private static Instant toMicros(Instant instant) {
        int nanos = instant.getNano();
        int rest = nanos % 1_000;
        return rest == 0 ? instant : instant.minusNanos(rest).plusNanos(rest >= 500 ? 1_000 : 0);
    }

    /** Backslash, and the characters that end a value or a row, as backslash sequences. */
    private static void escaped(StringBuilder text, String value) {
        int first = 0;
        while (first < value.length() && !special(value.charAt(first))) {
            first++;
        }
        if (first == value.length()) {
            text.append(value);
            return;
        }
        text.append(value, 0, first);
        for (int index = first; index < value.length(); index++) {
            char character = value.charAt(index);
            switch (character) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(character);
            }
        }
    }

    private static boolean special(char character) {
        return character == '\\' || character == '\t' || character == '\n' || character == '\r';
    }
}
