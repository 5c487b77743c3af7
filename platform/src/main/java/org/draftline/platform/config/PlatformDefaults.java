package org.draftline.platform.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Draftline's defaults for every application that runs on the platform, added with the lowest
 * precedence: any application.properties, environment variable or argument overrides them. The
 * {@code demo} profile adds the documented demo accounts.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String UPDATE_CHECK_DISABLED = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.matchesProfiles("demo")) {
            environment.getPropertySources().addLast(properties("draftlineDemoAccounts", "draftline-demo.properties"));
        }
        environment.getPropertySources().addLast(
                properties("draftlinePlatformDefaults", "draftline-platform-defaults.properties"));
        // Axon reads this as a system property; Draftline makes no calls home unless asked to
        if (System.getProperty(UPDATE_CHECK_DISABLED) == null) {
            System.setProperty(UPDATE_CHECK_DISABLED,
                    environment.getProperty(UPDATE_CHECK_DISABLED, "true"));
        }
    }

    private static ResourcePropertySource properties(String name, String resource) {
        try {
            return new ResourcePropertySource(name, new ClassPathResource(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is missing from the build", e);
        }
    }
}
