package org.draftline.standalone;

import org.draftline.command.CommandSideConfiguration;
import org.draftline.query.QuerySideConfiguration;
import org.draftline.web.WebConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Draftline in one process: the command side, the query side and the pages on one PostgreSQL. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class, WebConfiguration.class})
public class DraftlineApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(DraftlineApplication.class);
        application.addListeners(new WhereToLook());
        application.run(args);
    }
}
