package org.draftline.standalone;

import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One Draftline for the test classes that only add to the record, started once per test run. */
final class SharedServer {

    private static DraftlineServer server;

    private SharedServer() {
    }

    static synchronized ApiClient client() {
        return server().client();
    }

    /** The running application, for a test that must look at or set up what only the database holds. */
    static synchronized ConfigurableApplicationContext application() {
        return server().application();
    }

    private static synchronized DraftlineServer server() {
        if (server == null) {
            try {
                Path dataDir = Files.createTempDirectory("draftline-shared");
                server = DraftlineServer.start(dataDir);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }
}
