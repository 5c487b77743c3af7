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

/**
 * Without a configured database URL, Draftline starts a real PostgreSQL inside the JVM, keeps its data
 * under {@code draftline.data-dir}, and stops it when the application closes.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path directory = properties.postgresDirectory();
        Files.createDirectories(directory);
        int port = properties.port() == 0 ? freePort() : properties.port();
        log.info("Starting embedded PostgreSQL on port {} with its data in {}", port, directory);
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky turns this off for speed; an accepted command must survive a crash
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // stopped by the application context after everything that uses it, not by a hook racing it
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start (data in " + directory
                    + ", port " + port + "). If another Draftline runs on this data directory or port, stop it "
                    + "or set draftline.data-dir / draftline.port; as root it needs user namespaces "
                    + "(unshare -U); or set SPRING_DATASOURCE_URL to use an external PostgreSQL. Cause: "
                    + e.getMessage(), e);
        }
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
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
