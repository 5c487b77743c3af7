package org.draftline.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftline.platform.security.oidc.BearerTokens;
import org.draftline.platform.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.io.IOException;
import java.util.List;

/**
 * HTTP Basic against the configured accounts and, where an identity provider is configured, its bearer tokens
 * (see the {@code oidc} package). Every account reads; who may write is decided by the negotiation's rules, not
 * here. Refusals of authentication answer as problem details too.
 */
@AutoConfiguration(before = UserDetailsServiceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties({AccountProperties.class, SignInThrottleProperties.class})
public class SecurityAutoConfiguration {

    @Bean
    Accounts accounts(AccountProperties properties, Environment environment) {
        return new Accounts(properties.accounts(), environment.matchesProfiles("demo"));
    }

    /**
     * The accounts' encoder, remembering for {@code draftline.sign-in.remember-verified} (5 minutes; 0 never)
     * the passwords it has just found right, so a client signing every request pays bcrypt once.
     */
    @Bean
    PasswordEncoder passwordEncoder(Accounts accounts,
                                    @Value("${draftline.sign-in.remember-verified:5m}") Duration remember) {
        if (remember.isNegative()) {
            throw new IllegalStateException("draftline.sign-in.remember-verified: 0 or more, not " + remember);
        }
        return new RememberedPasswords(accounts.passwordEncoder(), remember, 10_000, Clock.systemUTC());
    }

    /**
     * The only {@link AuthenticationProvider} bean, so Spring Security makes it the global sign-in that
     * HTTP Basic and the sign-in form both ask (and builds no unthrottled one beside it).
     */
    @Bean
    AuthenticationProvider throttledSignIn(Accounts accounts, PasswordEncoder passwordEncoder, DataSource dataSource,
                                           SignInThrottleProperties limits) {
        return new ThrottledSignIn(accounts.authenticationProvider(passwordEncoder),
                new SignInThrottle(dataSource, limits));
    }

    /**
     * The API: stateless HTTP Basic, no CSRF (no cookies), 401 and 403 as problem details. Pages, where
     * an application has them, bring their own chain for everything else.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, ObjectProvider<BearerTokens> bearerTokens)
            throws Exception {
        AccessDeniedHandler denied = (request, response, refusal) ->
                problem(response, json, HttpStatus.FORBIDDEN, "This account may not do this");
        http
                .securityMatcher("/api/**")
                .headers(SecurityHeaders.headers())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        // anyone holding a printed report may check its seal against the public key
                        .requestMatchers(HttpMethod.GET, "/api/integrity/key").permitAll()
                        // an identity provider's token whose claims name no role is authenticated, yet may not act
                        .anyRequest().hasAnyRole("SECRETARIAT", "DELEGATE", "OBSERVER"))
                .httpBasic(basic -> basic.authenticationEntryPoint(new SignInRefusals(json)))
                .exceptionHandling(errors -> errors.accessDeniedHandler(denied));
        BearerTokens tokens = bearerTokens.getIfAvailable();
        if (tokens != null) {
            tokens.applyTo(http, denied);
        }
        return http.build();
    }

    /**
     * Actuator: open to all, with HTTP Basic optional, so that the secretariat signing in sees the health
     * details (parked events, the database) that others do not. The metrics are the secretariat's only:
     * operational data (which documents' events are parked, how busy the record is) that a delegation or
     * an observer has no need of.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .securityMatcher("/actuator/**")
                .headers(SecurityHeaders.headers())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/prometheus", "/actuator/prometheus/**", "/actuator/metrics",
                                "/actuator/metrics/**").hasRole("SECRETARIAT")
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(new SignInRefusals(json)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new SignInRefusals(json))
                        .accessDeniedHandler((request, response, refusal) -> problem(response, json,
                                HttpStatus.FORBIDDEN, "Only the secretariat reads the metrics")))
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

    /**
     * A request Spring Security's firewall refuses (an encoded line break or NUL in its address, say) is the
     * client's error, answered as a problem detail rather than Boot's error body.
     */
    @Bean
    RequestRejectedHandler rejectedRequests(ObjectMapper json) {
        return (request, response, rejected) -> problem(response, json, HttpStatus.BAD_REQUEST,
                "The request's address is refused: " + rejected.getMessage());
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(status, detail));
    }

    /**
     * No Micrometer observations of the filter chains, sign-ins and authorization decisions: they wrapped
     * every filter of every request in an observation and timed each; requests are timed as a whole
     * ({@code http.server.requests}), commands by Axon. What is allowed or refused is unchanged.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
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
