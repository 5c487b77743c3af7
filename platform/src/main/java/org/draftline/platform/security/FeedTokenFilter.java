package org.draftline.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.draftline.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Signs in a feed or calendar request that carries {@code ?token=}, as the token's account, for this request
 * only (nothing is kept in a session). A token that is not one of ours (mistyped, forged, rotated, of an account
 * no longer configured) is 401 at once, whatever else the request carries. It runs only in the feeds' filter
 * chain, so a token opens nothing else.
 */
final class FeedTokenFilter extends OncePerRequestFilter {

    static final String PARAMETER = "token";

    private final FeedTokens tokens;
    private final ObjectMapper json;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    FeedTokenFilter(FeedTokens tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] given = request.getParameterValues(PARAMETER);
        if (given == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> account = given.length == 1 ? tokens.authenticate(given[0]) : Optional.empty();
        if (account.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.UNAUTHORIZED, "The feed token is not "
                    + "valid: mistyped, rotated since, or not Draftline's. GET /api/feeds/token, signed in, answers "
                    + "the account's current one."));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(account.get());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
