package org.draftline.web.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.draftline.platform.security.SignInThrottled;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * A wrong password sends the browser back to the form; a sign-in refused because the account or the
 * address failed too often is answered 429 with {@code Retry-After}, on the sign-in page itself.
 */
public final class SignInFailures implements AuthenticationFailureHandler {

    static final String THROTTLED = SignInFailures.class.getName() + ".throttled";

    private final AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        if (!(failure instanceof SignInThrottled throttled)) {
            wrongPassword.onAuthenticationFailure(request, response, failure);
            return;
        }
        request.setAttribute(THROTTLED, throttled);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
        // shown as the form's GET, so the forwarded request is not taken for another sign-in to check
        request.getRequestDispatcher("/login").forward(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return HttpMethod.GET.name();
            }
        }, response);
    }
}
