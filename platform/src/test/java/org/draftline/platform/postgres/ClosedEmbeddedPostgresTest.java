package org.draftline.platform.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL lets in only who has its password: over TCP on 127.0.0.1 and on its socket,
 * which lives in its own data directory; the password is generated, kept owner-only and reused, and a
 * data directory made when every local connection was trusted is closed on its next start.
 */
class ClosedEmbeddedPostgresTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner draftline() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class))
                .withPropertyValues("draftline.data-dir=" + dataDir, "draftline.port=0");
    }

    @Test
    void refusesEveryConnectionWithoutItsPassword() {
        draftline().run(context -> {
            EmbeddedDatabaseAccess access = context.getBean(EmbeddedDatabaseAccess.class);

            assertThat(authenticationAsked(access.port())).as("10: SASL (SCRAM), never 0: trusted").isEqualTo(10);
            // the server asks for SCRAM, which the driver cannot answer without a password
            assertThatThrownBy(() -> DriverManager.getConnection(access.jdbcUrl(), access.user(), null).close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("SCRAM");
            assertRefused(() -> DriverManager.getConnection(access.jdbcUrl(), access.user(), "not-the-password"));
            assertRefused(() -> throughTheSocket(access, "not-the-password"));

            try (Connection connection = DriverManager.getConnection(access.jdbcUrl(), access.user(),
                    access.password())) {
                assertThat(setting(connection, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(setting(connection, "password_encryption")).isEqualTo("scram-sha-256");
                assertThat(Path.of(setting(connection, "unix_socket_directories"))).isEqualTo(access.dataDirectory());
                try (Statement statement = connection.createStatement();
                     ResultSet rules = statement.executeQuery(
                             "SELECT DISTINCT auth_method FROM pg_hba_file_rules")) {
                    rules.next();
                    assertThat(rules.getString(1)).isEqualTo("scram-sha-256");
                    assertThat(rules.next()).isFalse();
                }
            }
            try (Connection socket = throughTheSocket(access, access.password())) {
                assertThat(socket.isValid(1)).isTrue();
            }
        });
    }

    @Test
    void listensOnLoopbackOnlyWithItsSocketInsideItsDataDirectory() {
        draftline().run(context -> {
            EmbeddedDatabaseAccess access = context.getBean(EmbeddedDatabaseAccess.class);
            String socketName = ".s.PGSQL." + access.port();

            assertThat(access.dataDirectory().resolve(socketName)).exists();
            assertThat(Path.of("/tmp", socketName)).doesNotExist();
            assertThat(Path.of(System.getProperty("java.io.tmpdir"), socketName)).doesNotExist();
            Optional<InetAddress> outside = nonLoopbackAddress();
            outside.ifPresent(address -> assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, access.port()), 1000);
                }
            }).as("connecting on %s", address).isInstanceOf(java.io.IOException.class));
        });
    }

    @Test
    void keepsAGeneratedPasswordForItsOwnerOnlyAndReusesItAfterARestart() throws Exception {
        String[] first = new String[1];
        draftline().run(context -> {
            EmbeddedDatabaseAccess access = context.getBean(EmbeddedDatabaseAccess.class);
            first[0] = access.password();
            assertThat(access.passwordFile()).isEqualTo(dataDir.toAbsolutePath().normalize()
                    .resolve("postgres-password"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(access.passwordFile())))
                    .isEqualTo("rw-------");
            assertThat(first[0]).hasSizeGreaterThanOrEqualTo(40);
            try (Connection connection = DriverManager.getConnection(access.jdbcUrl(), access.user(), first[0]);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (word TEXT)");
                statement.execute("INSERT INTO kept VALUES ('still here')");
            }
        });

        draftline().run(context -> {
            assertThat(context).hasNotFailed();
            EmbeddedDatabaseAccess access = context.getBean(EmbeddedDatabaseAccess.class);
            assertThat(access.password()).isEqualTo(first[0]);
            try (Connection connection = context.getBean(javax.sql.DataSource.class).getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet kept = statement.executeQuery("SELECT word FROM kept")) {
                kept.next();
                assertThat(kept.getString(1)).isEqualTo("still here");
            }
            assertRefused(() -> DriverManager.getConnection(access.jdbcUrl(), access.user(), "not-the-password"));
        });
    }

    @Test
    void closesADataDirectoryThatTrustedEveryLocalConnection() throws Exception {
        Path postgresDirectory = dataDir.toAbsolutePath().normalize().resolve("postgres");
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder().setDataDirectory(postgresDirectory)
                .setCleanDataDirectory(false).start();
             Connection connection = DriverManager.getConnection(trusting.getJdbcUrl("postgres", "postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE recorded (word TEXT)");
            statement.execute("INSERT INTO recorded VALUES ('before')");
        }
        assertThat(Files.readString(postgresDirectory.resolve("pg_hba.conf"))).contains("trust");

        draftline().run(context -> {
            assertThat(context).hasNotFailed();
            EmbeddedDatabaseAccess access = context.getBean(EmbeddedDatabaseAccess.class);
            assertRefused(() -> DriverManager.getConnection(access.jdbcUrl(), access.user(), "not-the-password"));
            assertThatThrownBy(() -> DriverManager.getConnection(access.jdbcUrl(), access.user(), null).close())
                    .isInstanceOf(SQLException.class);
            try (Connection connection = DriverManager.getConnection(access.jdbcUrl(), access.user(),
                    access.password());
                 Statement statement = connection.createStatement();
                 ResultSet recorded = statement.executeQuery("SELECT word FROM recorded")) {
                recorded.next();
                assertThat(recorded.getString(1)).isEqualTo("before");
            }
        });
        assertThat(Files.readString(postgresDirectory.resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    /** The authentication PostgreSQL asks of a client that just says who it is (protocol 3.0 startup). */
    private static int authenticationAsked(int port) throws java.io.IOException {
        byte[] parameters = "user\0postgres\0database\0postgres\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            java.io.DataOutputStream out = new java.io.DataOutputStream(socket.getOutputStream());
            out.writeInt(8 + parameters.length);
            out.writeInt(196608);
            out.write(parameters);
            out.flush();
            java.io.DataInputStream in = new java.io.DataInputStream(socket.getInputStream());
            assertThat((char) in.readByte()).as("an authentication request").isEqualTo('R');
            in.readInt();
            return in.readInt();
        }
    }

    private static Connection throughTheSocket(EmbeddedDatabaseAccess access, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", access.user());
        properties.setProperty("password", password);
        properties.setProperty("socketFactory", UnixDomainSocketFactory.class.getName());
        properties.setProperty("socketFactoryArg",
                access.dataDirectory().resolve(".s.PGSQL." + access.port()).toString());
        properties.setProperty("sslmode", "disable");
        properties.setProperty("gssEncMode", "disable");
        return DriverManager.getConnection("jdbc:postgresql://localhost/postgres", properties);
    }

    /** PostgreSQL itself refuses: "password authentication failed" (SQLSTATE 28P01). */
    private static void assertRefused(ConnectionAttempt attempt) {
        assertThatThrownBy(() -> attempt.connect().close())
                .isInstanceOfSatisfying(SQLException.class, refused ->
                        assertThat(refused.getSQLState()).isEqualTo("28P01"));
    }

    private interface ConnectionAttempt {
        Connection connect() throws SQLException;
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("SHOW " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws java.net.SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
