package org.draftline.platform.postgres;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on. Used only when no
 * {@code spring.datasource.url} is configured.
 *
 * @param dataDir the product's data directory; PostgreSQL's files live in its {@code postgres} folder
 * @param port    a stable port, so tools such as psql can connect; 0 picks a free one
 * @param postgresBinaries where PostgreSQL's programs are unpacked and run from: an owner-only folder
 *                         ({@code ~/.cache/draftline/postgres} unless set), never the shared temporary
 *                         folder, where another local user could replace them
 */
@ConfigurationProperties("draftline")
public record EmbeddedPostgresProperties(Path dataDir, Integer port, Path postgresBinaries) {

    public EmbeddedPostgresProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        postgresBinaries = postgresBinaries == null
                ? Path.of(System.getProperty("user.home"), ".cache", "draftline", "postgres") : postgresBinaries;
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
