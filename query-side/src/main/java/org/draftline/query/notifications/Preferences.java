package org.draftline.query.notifications;

import org.draftline.api.actor.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What each account wants to hear of by e-mail ({@code notification_preference}), by user name. */
@Component
class Preferences {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    record Preference(String username, Role role, String email, ZoneId zone, List<Topic> topics) {

        static Preference none(String username, Role role) {
            return new Preference(username, role, null, NEW_YORK, List.of());
        }
    }

    private static final String COLUMNS = "username, role, email, zone, topics";
    private static final RowMapper<Preference> ROW = Preferences::row;

    private final JdbcTemplate jdbc;

    Preferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Preference> find(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_preference WHERE username = ?", ROW, username)
                .stream().findFirst();
    }

    void save(Preference preference, Instant at) {
        jdbc.update("INSERT INTO notification_preference (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (username) DO UPDATE SET role = excluded.role, email = excluded.email,"
                + " zone = excluded.zone, topics = excluded.topics, updated_at = excluded.updated_at", ps -> {
            ps.setString(1, preference.username());
            ps.setString(2, preference.role().name());
            ps.setString(3, preference.email());
            ps.setString(4, preference.zone().getId());
            ps.setArray(5, ps.getConnection().createArrayOf("text",
                    preference.topics().stream().map(Topic::name).toArray()));
            ps.setTimestamp(6, Timestamp.from(at));
        });
    }

    /** The accounts with an address that chose {@code topic}. */
    List<Preference> hearing(Topic topic) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_preference WHERE email IS NOT NULL"
                + " AND ? = ANY (topics) ORDER BY username", ROW, topic.name());
    }

    private static Preference row(ResultSet row, int number) throws SQLException {
        List<Topic> topics = Webhooks.list(row.getArray("topics")).stream().map(Topic::valueOf).toList();
        return new Preference(row.getString("username"), Role.valueOf(row.getString("role")), row.getString("email"),
                ZoneId.of(row.getString("zone")), topics);
    }
}
