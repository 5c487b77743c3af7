package org.draftline.command;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The write model's beans, for whichever application hosts it (its own service, or the standalone). */
@Configuration
@ComponentScan(excludeFilters = @ComponentScan.Filter(SpringBootConfiguration.class))
public class CommandSideConfiguration {
}
