package org.draftline.query;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The read models' beans, for whichever application hosts them (their own service, or the standalone). */
@Configuration
@ComponentScan(excludeFilters = @ComponentScan.Filter(SpringBootConfiguration.class))
public class QuerySideConfiguration {
}
