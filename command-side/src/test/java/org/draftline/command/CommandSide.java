package org.draftline.command;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.draftline.api.actor.Actor;
import org.draftline.command.app.CommandSideApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command side as its own service, for the tests that need its store: started without a web server on
 * an embedded PostgreSQL under a data directory, and sent commands as an actor.
 */
public final class CommandSide {

    private CommandSide() {
    }

    /** Starts it on {@code dataDir} (starting again on the same directory is a restart). */
    public static ConfigurableApplicationContext start(Path dataDir, String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--draftline.data-dir=" + dataDir, "--draftline.port=0"));
        arguments.addAll(List.of(extraArguments));
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }

    /** Sends the command as {@code actor} and waits for its answer; a refusal is thrown. */
    public static void send(ConfigurableApplicationContext application, Object command, Actor actor) {
        application.getBean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
    }
}
