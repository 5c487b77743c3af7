package org.draftline.standalone;

import org.draftline.platform.postgres.EmbeddedDatabaseAccess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real Draftline, started in the test's JVM on an embedded PostgreSQL under a data directory, on a
 * free HTTP port, with the test accounts. Stopping and starting it again on the same directory is a
 * restart.
 */
final class DraftlineServer implements AutoCloseable {

    static final String PASSWORD = "test-password";
    /** A test may give its own (a repeated argument would be read as a list). */
    static final String READ_YOUR_WRITES = "--draftline.read-your-writes-timeout=";
    static final List<String[]> ACCOUNTS = List.of(
            new String[]{"secretariat", "SECRETARIAT", null},
            new String[]{"belgium", "DELEGATE", "BEL"},
            new String[]{"qatar", "DELEGATE", "QAT"},
            new String[]{"mexico", "DELEGATE", "MEX"},
            new String[]{"ecuador", "DELEGATE", "ECU"},
            new String[]{"eu", "DELEGATE", "EU"},
            new String[]{"observer", "OBSERVER", null});

    /** The delegation a test account acts for, or null for the secretariat and the observer. */
    static String delegationOf(String username) {
        return ACCOUNTS.stream().filter(account -> account[0].equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no test account " + username))[2];
    }

    private final Path dataDir;
    private ConfigurableApplicationContext application;

    private DraftlineServer(Path dataDir) {
        this.dataDir = dataDir;
    }

    static DraftlineServer start(Path dataDir, String... extraArguments) {
        DraftlineServer server = new DraftlineServer(dataDir);
        server.start(extraArguments);
        return server;
    }

    void start(String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--draftline.port=0",
                "--draftline.data-dir=" + dataDir));
        if (List.of(extraArguments).stream().noneMatch(argument -> argument.startsWith(READ_YOUR_WRITES))) {
            arguments.add(READ_YOUR_WRITES + "5s");
        }
        for (int index = 0; index < ACCOUNTS.size(); index++) {
            String[] account = ACCOUNTS.get(index);
            String prefix = "--draftline.accounts[" + index + "].";
            arguments.add(prefix + "username=" + account[0]);
            arguments.add(prefix + "password={noop}" + PASSWORD);
            arguments.add(prefix + "role=" + account[1]);
            if (account[2] != null) {
                arguments.add(prefix + "delegation=" + account[2]);
            }
        }
        arguments.addAll(List.of(extraArguments));
        application = new SpringApplicationBuilder(DraftlineApplication.class).run(arguments.toArray(String[]::new));
    }

    void stop() {
        application.close();
        application = null;
    }

    void restart() {
        stop();
        start();
    }

    ApiClient client() {
        return new ApiClient("http://localhost:" + port());
    }

    int port() {
        return ((WebServerApplicationContext) application).getWebServer().getPort();
    }

    ConfigurableApplicationContext application() {
        return application;
    }

    /** Another instance, on {@code dataDir}, sharing this one's embedded PostgreSQL (and so its record). */
    DraftlineServer startBeside(Path dataDir, String... extraArguments) {
        EmbeddedDatabaseAccess postgres = application.getBean(EmbeddedDatabaseAccess.class);
        List<String> arguments = new ArrayList<>(List.of(extraArguments));
        arguments.addAll(List.of("--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + postgres.user(), "--spring.datasource.password=" + postgres.password()));
        return start(dataDir, arguments.toArray(String[]::new));
    }

    @Override
    public void close() {
        if (application != null) {
            stop();
        }
    }
}
