package org.draftline.query.storage;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * The rows of one batched statement, each argument bound as Spring's {@code JdbcTemplate} binds it on
 * PostgreSQL, but the common kinds (null, text, whole numbers, booleans, timestamps) straight through the
 * driver's own setter: Spring looks each null up in the connection's metadata and checks its trace logging
 * per argument, which a profile of a replay found in a sixth of the read models' writes. Any other kind goes
 * to Spring's {@link StatementCreatorUtils}, as before. Used by every batched write of the read models.
 */
public final class BatchRows implements BatchPreparedStatementSetter {

    private final List<Object[]> rows;

    public BatchRows(List<Object[]> rows) {
        this.rows = rows;
    }

    @Override
    public void setValues(PreparedStatement statement, int row) throws SQLException {
        Object[] arguments = rows.get(row);
        for (int index = 0; index < arguments.length; index++) {
            bind(statement, index + 1, arguments[index]);
        }
    }

    @Override
    public int getBatchSize() {
        return rows.size();
    }

    /** What Spring does on PostgreSQL for these kinds, without asking anything first. */
    private static void bind(PreparedStatement statement, int parameter, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(parameter, Types.NULL);
        } else if (value instanceof String text) {
            statement.setString(parameter, text);
        } else if (value instanceof Long number) {
            statement.setLong(parameter, number);
        } else if (value instanceof Integer number) {
            statement.setInt(parameter, number);
        } else if (value instanceof Boolean truth) {
            statement.setBoolean(parameter, truth);
        } else if (value instanceof Timestamp time) {
            statement.setTimestamp(parameter, time);
        } else {
            StatementCreatorUtils.setParameterValue(statement, parameter, SqlTypeValue.TYPE_UNKNOWN, value);
        }
    }
}
