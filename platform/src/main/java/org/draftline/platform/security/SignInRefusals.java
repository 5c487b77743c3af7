package org.draftline.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.draftline.platform.postgres.DatabaseOutage;
import org.draftline.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * HTTP Basic's answers to a request it did not sign in, as problem details: 401 asking for an account, 429
 * with {@code Retry-After} while the account or address is locked out, 503 with {@code Retry-After} when the
 * failed sign-ins cannot be read because PostgreSQL is out of reach.
 */
final class SignInRefusals implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(SignInRefusals.class);

    private final ObjectMapper json;

    SignInRefusals(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof SignInThrottled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            ProblemDetail problem = Problems.withCode(HttpStatus.TOO_MANY_REQUESTS, SignInThrottled.CODE,
                    throttled.getMessage());
            problem.setProperty("limit", throttled.limit().name());
            problem.setProperty("retryAfter", throttled.retryAfterSeconds());
            write(response, problem);
        } else if (failure instanceof InternalAuthenticationServiceException && DatabaseOutage.causes(failure)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
            write(response, Problems.withCode(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE",
                    "Draftline's database cannot be reached just now, so no sign-in can be checked; nothing was "
                            + "recorded. Try again in " + DatabaseOutage.RETRY_AFTER.toSeconds() + " seconds."));
        } else if (failure instanceof InternalAuthenticationServiceException) {
            log.error("A sign-in could not be checked", failure);
            write(response, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "The sign-in could not be checked"));
        } else {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Draftline\"");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "Sign in with a Draftline account (HTTP Basic)"));
        }
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
