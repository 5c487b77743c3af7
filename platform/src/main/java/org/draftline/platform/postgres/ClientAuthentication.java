package org.draftline.platform.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Who may connect to the embedded PostgreSQL, written into its data directory at each start: a password
 * (SCRAM) on 127.0.0.1 and on the Unix socket inside the data directory. zonky's {@code initdb} trusts
 * every local connection, so a new data directory, or one made by an earlier Draftline, starts once
 * with a way in that only the data directory's owner has (the socket, inside that owner-only directory),
 * sets the password through it, then closes it.
 */
final class ClientAuthentication {

    static final String CONFIGURATION_FILE = "draftline.conf";

    private static final String CLOSED = """
            # Written by Draftline at each start: a password (SCRAM) for every connection.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            """;

    private static final String SETTING_THE_PASSWORD = """
            # Written by Draftline until the superuser has its password: the socket, inside this owner-only
            # directory, lets the owner in to set it; everything else needs a password already.
            local all postgres trust
            host  all all 127.0.0.1/32 scram-sha-256
            """;

    private ClientAuthentication() {
    }

    /**
     * Writes the settings that confine the server (127.0.0.1, the socket in the data directory) and the
     * rules of who connects; answers whether the superuser's password must still be set.
     */
    static boolean prepare(Path dataDirectory) {
        try {
            Path settings = dataDirectory.resolve(CONFIGURATION_FILE);
            Files.writeString(settings, """
                    # Written by Draftline at each start.
                    listen_addresses = '127.0.0.1'
                    unix_socket_directories = '%s'
                    unix_socket_permissions = 0700
                    password_encryption = 'scram-sha-256'
                    """.formatted(dataDirectory.toAbsolutePath().toString().replace("'", "''")),
                    StandardCharsets.UTF_8);
            Path main = dataDirectory.resolve("postgresql.conf");
            String include = "include_if_exists = '" + CONFIGURATION_FILE + "'";
            if (!Files.readString(main, StandardCharsets.UTF_8).contains(include)) {
                Files.writeString(main, Files.readString(main, StandardCharsets.UTF_8) + "\n" + include + "\n",
                        StandardCharsets.UTF_8);
            }
            Path rules = dataDirectory.resolve("pg_hba.conf");
            if (Files.exists(rules) && Files.readString(rules, StandardCharsets.UTF_8).equals(CLOSED)) {
                return false;
            }
            Files.writeString(rules, SETTING_THE_PASSWORD, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot configure the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Sets the superuser's password through the socket, then requires it of every connection from now on. */
    static void close(Path dataDirectory, DataSource throughTheSocket, String password) {
        try (Connection connection = throughTheSocket.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE postgres PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), CLOSED, StandardCharsets.UTF_8);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the embedded PostgreSQL's password", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not require the embedded PostgreSQL's password", e);
        }
    }
}
