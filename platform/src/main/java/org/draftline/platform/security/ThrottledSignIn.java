package org.draftline.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.function.Supplier;

/**
 * The one check of a user name and password, for HTTP Basic and the sign-in form alike: refused unchecked
 * while the account or the client address is locked out, each wrong password counted against both, a
 * success resetting the account's count. The client address is the request's remote address, which is
 * the proxy's client only where {@code server.forward-headers-strategy} says a proxy may tell it.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        SignInThrottle.Standing standing = counted(() -> throttle.standing(username, address));
        if (standing.refusal().isPresent()) {
            throw standing.refusal().get();
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            counted(() -> {
                throttle.failed(username, address);
                return null;
            });
            throw wrong;
        }
        if (standing.accountCounted()) {
            counted(() -> {
                throttle.succeeded(username);
                return null;
            });
        }
        return signedIn;
    }

    /**
     * The counts are in PostgreSQL: without them no sign-in is checked. Spring's own exception for a sign-in
     * that could not be checked reaches the entry point or the form's failure handler, which answer 503
     * when the database is out of reach.
     */
    private static <T> T counted(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException failure) {
            throw new InternalAuthenticationServiceException("The failed sign-ins could not be counted", failure);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
