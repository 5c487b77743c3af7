package org.draftline.platform.postgres;

import java.nio.file.Path;

/**
 * Where the embedded PostgreSQL listens and how to sign in to it: {@code psql -h 127.0.0.1 -p <port> -U
 * postgres} with the password kept in {@link #passwordFile()}.
 */
public final class EmbeddedDatabaseAccess {

    private final String host;
    private final int port;
    private final String user;
    private final Path passwordFile;
    private final Path dataDirectory;

    EmbeddedDatabaseAccess(String host, int port, String user, Path passwordFile, Path dataDirectory) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.passwordFile = passwordFile;
        this.dataDirectory = dataDirectory;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public Path passwordFile() {
        return passwordFile;
    }

    /** PostgreSQL's own directory, which also holds its Unix socket. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** With {@code reWriteBatchedInserts}: the driver sends a read model's batch of inserts as multi-row inserts. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/postgres?reWriteBatchedInserts=true";
    }

    /** Read from its file on each call, so the password is not kept in one more place. */
    public String password() {
        return PostgresPassword.readOrCreate(passwordFile);
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + " (password in " + passwordFile + ")";
    }
}
