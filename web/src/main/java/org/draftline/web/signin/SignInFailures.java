package org.draftline.web.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.draftline.platform.postgres.DatabaseOutage;
import org.draftline.platform.security.SignInThrottled;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * A wrong password sends the browser back to the form. A sign-in refused unchecked, because the account or
 * the address failed too often (429) or the database is out of reach (503), is answered with that status
 * and {@code Retry-After} on the sign-in page itself.
 */
public final class SignInFailures implements AuthenticationFailureHandler {

    static final String REFUSAL = SignInFailures.class.getName() + ".refusal";

    /** Why the form was not even checked, for the page to say. */
    record Refusal(int status, long retryAfterSeconds, String message) {
    }

    private final AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        Refusal refusal;
        if (failure instanceof SignInThrottled throttled) {
            refusal = new Refusal(429, throttled.retryAfterSeconds(), throttled.getMessage());
        } else if (DatabaseOutage.causes(failure)) {
            refusal = new Refusal(503, DatabaseOutage.RETRY_AFTER.toSeconds(), "Draftline's database cannot be "
                    + "reached just now, so no sign-in can be checked. Try again in "
                    + DatabaseOutage.RETRY_AFTER.toSeconds() + " seconds.");
        } else {
            wrongPassword.onAuthenticationFailure(request, response, failure);
            return;
        }
        request.setAttribute(REFUSAL, refusal);
        response.setStatus(refusal.status());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
        // shown as the form's GET, so the forwarded request is not taken for another sign-in to check
        request.getRequestDispatcher("/login").forward(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return HttpMethod.GET.name();
            }
        }, response);
    }
}
