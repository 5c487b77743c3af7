package org.draftline.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The pages' beans, for the application that serves them beside both sides (the standalone). */
@Configuration
@ComponentScan(excludeFilters = @ComponentScan.Filter(SpringBootConfiguration.class))
public class WebConfiguration {
}
