package org.draftline.platform.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Without a configured database URL, Draftline starts a real PostgreSQL inside the JVM, keeps its data
 * under {@code draftline.data-dir}, and stops it when the application closes. It is closed to everyone
 * without its password: it listens on 127.0.0.1 only, keeps its socket inside its owner-only data
 * directory, and asks every connection for the superuser's generated password (SCRAM), which is kept in
 * {@code draftline.data-dir/postgres-password}, readable by its owner only.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);
    private static final String HOST = "127.0.0.1";
    private static final String USER = "postgres";
    /** A Unix socket path must fit {@code sun_path} (108 bytes on Linux, 104 on macOS) with its final NUL. */
    private static final int MAX_SOCKET_PATH = 103;

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path directory = properties.postgresDirectory();
        Files.createDirectories(directory);
        int port = properties.port() == 0 ? freePort() : properties.port();
        String password = PostgresPassword.readOrCreate(properties.passwordFile());
        Path socket = directory.resolve(".s.PGSQL." + port);
        if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            throw new IllegalStateException("The embedded PostgreSQL keeps its socket in its data directory, and "
                    + socket + " is longer than a Unix socket path may be; set a shorter draftline.data-dir");
        }
        log.info("Starting embedded PostgreSQL on 127.0.0.1:{} with its data in {}", port, directory);
        AtomicBoolean passwordToSet = new AtomicBoolean();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(OwnerOnly.directory(properties.postgresBinaries()).toFile())
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky turns this off for speed; an accepted command must survive a crash
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    // runs after zonky's initdb (which trusts every local connection), before the server starts
                    .setDataDirectoryCustomizer(data -> passwordToSet.set(ClientAuthentication.prepare(data.toPath())))
                    // zonky checks the server is up through the socket, with the password once it is set
                    .setConnectConfig("socketFactory", UnixDomainSocketFactory.class.getName())
                    .setConnectConfig("socketFactoryArg", socket.toString())
                    .setConnectConfig("password", password)
                    .setConnectConfig("sslmode", "disable")
                    .setConnectConfig("gssEncMode", "disable")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // stopped by the application context after everything that uses it, not by a hook racing it
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start (data in " + directory
                    + ", port " + port + "). If another Draftline runs on this data directory or port, stop it "
                    + "or set draftline.data-dir / draftline.port; if " + properties.passwordFile() + " no "
                    + "longer holds the password PostgreSQL was given, restore it; as root it needs user "
                    + "namespaces (unshare -U); or set SPRING_DATASOURCE_URL to use an external PostgreSQL. "
                    + "Cause: " + e.getMessage(), e);
        }
        if (passwordToSet.get()) {
            try {
                ClientAuthentication.close(directory, postgres.getPostgresDatabase(), password);
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            log.info("The embedded PostgreSQL now requires the password kept in {}", properties.passwordFile());
        }
        return postgres;
    }

    /** How to reach the embedded PostgreSQL from outside, as the README tells it for psql. */
    @Bean
    EmbeddedDatabaseAccess embeddedDatabaseAccess(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
        return new EmbeddedDatabaseAccess(HOST, postgres.getPort(), USER, properties.passwordFile(),
                properties.postgresDirectory());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabaseAccess access) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(access.jdbcUrl())
                .username(access.user())
                .password(access.password())
                .build();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded PostgreSQL", e);
        }
    }
}
