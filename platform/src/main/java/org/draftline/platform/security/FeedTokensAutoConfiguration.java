package org.draftline.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftline.platform.security.oidc.BearerTokens;
import org.draftline.platform.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.nio.file.Path;

/**
 * Reading the feeds and calendars: with the API's credentials (HTTP Basic, a bearer token), the pages'
 * session (a signed-in browser follows the pages' links), or an account's feed token ({@code ?token=}). A
 * chain of its own, ahead of the API's, over exactly the feeds' and calendars' paths, so neither the session
 * nor a token opens any other endpoint; these are reads only (only GET is mapped), so no CSRF token is needed.
 */
@AutoConfiguration(after = {SecurityAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class FeedTokensAutoConfiguration {

    static final String[] FEEDS = {"/api/feeds/documents/**", "/api/feeds/delegations/**", "/api/feeds/all",
            "/api/calendars/**"};

    @Bean
    FeedTokens feedTokens(Accounts accounts, JdbcTemplate jdbc,
                          @Value("${draftline.feeds.token-key-file:}") String keyFile,
                          @Value("${draftline.data-dir:data}") Path dataDir) {
        return new FeedTokens(accounts, jdbc,
                keyFile.isBlank() ? dataDir.resolve("feeds").resolve("feed-token-key") : Path.of(keyFile));
    }

    @Bean
    FeedTokenController feedTokenController(FeedTokens tokens) {
        return new FeedTokenController(tokens);
    }

    @Bean
    @Order(0)
    SecurityFilterChain feedSecurity(HttpSecurity http, ObjectMapper json, FeedTokens tokens,
                                     ObjectProvider<BearerTokens> bearerTokens) throws Exception {
        AccessDeniedHandler denied = (request, response, refusal) -> {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.FORBIDDEN, "This account may not do this"));
        };
        http
                .securityMatcher(FEEDS)
                .headers(SecurityHeaders.headers())
                .csrf(csrf -> csrf.disable())
                // the pages' session is read, never made here
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("SECRETARIAT", "DELEGATE", "OBSERVER"))
                .httpBasic(basic -> basic.authenticationEntryPoint(new SignInRefusals(json)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new SignInRefusals(json))
                        .accessDeniedHandler(denied))
                .addFilterBefore(new FeedTokenFilter(tokens, json), BasicAuthenticationFilter.class);
        BearerTokens bearer = bearerTokens.getIfAvailable();
        if (bearer != null) {
            bearer.applyTo(http, denied);
        }
        return http.build();
    }
}
