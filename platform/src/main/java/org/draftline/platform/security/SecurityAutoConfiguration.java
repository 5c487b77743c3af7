package org.draftline.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftline.platform.web.Problems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * HTTP Basic against the configured accounts. Every account reads; who may write is decided by the
 * negotiation's rules, not here. Refusals of authentication answer as problem details too.
 */
@AutoConfiguration(before = UserDetailsServiceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(AccountProperties.class)
public class SecurityAutoConfiguration {

    @Bean
    Accounts accounts(AccountProperties properties) {
        return new Accounts(properties.accounts());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The API: stateless HTTP Basic, no CSRF (no cookies), 401 and 403 as problem details. Pages, where
     * an application has them, bring their own chain for everything else.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .securityMatcher("/api/**")
                .headers(SecurityHeaders.headers())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        // anyone holding a printed report may check its seal against the public key
                        .requestMatchers(HttpMethod.GET, "/api/integrity/key").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Draftline\"");
                    problem(response, json, HttpStatus.UNAUTHORIZED, "Sign in with a Draftline account (HTTP Basic)");
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) ->
                        problem(response, json, HttpStatus.FORBIDDEN, "This account may not do this")))
                .build();
    }

    /**
     * Actuator: open to all, with HTTP Basic optional, so that the secretariat signing in sees the health
     * details (parked events, the database) that others do not.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .securityMatcher("/actuator/**")
                .headers(SecurityHeaders.headers())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Draftline\"");
                    problem(response, json, HttpStatus.UNAUTHORIZED, "Sign in with a Draftline account (HTTP Basic)");
                }))
                .build();
    }

    /** Everything outside the API (its description, health) is open, unless pages bring their own chain. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    @ConditionalOnMissingBean(name = "pageSecurity")
    SecurityFilterChain openSecurity(HttpSecurity http) throws Exception {
        return http
                .headers(SecurityHeaders.headers())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(status, detail));
    }

    @Bean
    WebMvcConfigurer actorArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }
}
