package org.draftline.command.app;

import org.draftline.command.CommandSideConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/** The command side as a service of its own, for the scaled-out deployment (see docker-compose.yml). */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(CommandSideConfiguration.class)
@PropertySource("classpath:draftline-command-side.properties")
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
