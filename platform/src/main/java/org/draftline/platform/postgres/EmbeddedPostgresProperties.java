package org.draftline.platform.postgres;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on. Used only when no
 * {@code spring.datasource.url} is configured.
 *
 * @param dataDir the product's data directory; PostgreSQL's files live in its {@code postgres} folder
 * @param port    a stable port, so tools such as psql can connect; 0 picks a free one
 */
@ConfigurationProperties("draftline")
public record EmbeddedPostgresProperties(Path dataDir, Integer port) {

    public EmbeddedPostgresProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        port = port == null ? 15432 : port;
    }

    Path postgresDirectory() {
        return dataDir.toAbsolutePath().normalize().resolve("postgres");
    }

    /** The superuser's generated password, beside PostgreSQL's folder, readable by its owner only. */
    Path passwordFile() {
        return dataDir.toAbsolutePath().normalize().resolve("postgres-password");
    }
}
