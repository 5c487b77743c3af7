package org.draftline.platform.security.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.draftline.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * Bearer JWTs on the API, beside HTTP Basic, where an identity provider is configured: Spring's resource server
 * checks the signature against the provider's keys, the issuer and the token's times (401 when any fails); the
 * claims then name the actor (403 when they name none).
 */
public final class BearerTokens {

    private final ClaimsActor claims;
    private final ObjectMapper json;
    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    BearerTokens(ClaimsActor claims, ObjectMapper json) {
        this.claims = claims;
        this.json = json;
    }

    /**
     * Adds the resource server to the API's chain; {@code otherwise} answers the refusals that are not about
     * a token's claims.
     */
    public void applyTo(HttpSecurity http, AccessDeniedHandler otherwise) throws Exception {
        http.oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(this::authentication))
                        .authenticationEntryPoint(this::unauthenticated))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    if (SecurityContextHolder.getContext().getAuthentication() instanceof ActorJwtAuthentication token
                            && token.actor().isEmpty()) {
                        ClaimsActor.Mapped refused = token.mapped();
                        write(response, Problems.withCode(HttpStatus.FORBIDDEN, refused.code(), refused.refusal()));
                    } else {
                        otherwise.handle(request, response, denied);
                    }
                }));
    }

    private ActorJwtAuthentication authentication(Jwt jwt) {
        return new ActorJwtAuthentication(jwt, claims.actorOf(jwt.getSubject(), jwt));
    }

    /** An expired, forged or foreign token: Spring's challenge header, and the reason as a problem detail. */
    private void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        challenge.commence(request, response, failure);
        write(response, Problems.of(HttpStatus.valueOf(response.getStatus()),
                "The bearer token was not accepted: " + failure.getMessage()));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
