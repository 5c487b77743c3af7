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
 * precedence: any application.properties, environment variable or argument overrides them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String UPDATE_CHECK_DISABLED = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource("draftlinePlatformDefaults",
                            new ClassPathResource("draftline-platform-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException("draftline-platform-defaults.properties is missing from the build", e);
        }
        // Axon reads this as a system property; Draftline makes no calls home unless asked to
        if (System.getProperty(UPDATE_CHECK_DISABLED) == null) {
            System.setProperty(UPDATE_CHECK_DISABLED,
                    environment.getProperty(UPDATE_CHECK_DISABLED, "true"));
        }
    }
}
