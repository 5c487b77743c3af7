package org.draftline.standalone;

import org.draftline.platform.postgres.EmbeddedDatabaseAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/** Once Draftline is up, says where to find it, and whether the demo accounts are on. */
class WhereToLook implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(WhereToLook.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        Environment environment = ready.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + web.getWebServer().getPort();
        log.info("Draftline is running at {} - API under {}/api, its description at {}/swagger-ui.html, health at "
                + "{}/actuator/health", base, base, base, base);
        if (environment.matchesProfiles("demo")) {
            log.info("Demo profile: accounts secretariat, belgium, qatar, mexico, ecuador, eu and observer, each with "
                    + "the password 'demo'. Do not use the demo profile for real work.");
        }
        EmbeddedDatabaseAccess embedded = ready.getApplicationContext().getBeanProvider(EmbeddedDatabaseAccess.class)
                .getIfAvailable();
        log.info("Data: {}", embedded != null
                ? "embedded PostgreSQL in " + embedded.dataDirectory() + ", for psql: -h " + embedded.host() + " -p "
                + embedded.port() + " -U " + embedded.user() + " with the password in " + embedded.passwordFile()
                : environment.getProperty("spring.datasource.url"));
    }
}
