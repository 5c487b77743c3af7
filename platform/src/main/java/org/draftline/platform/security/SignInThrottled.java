package org.draftline.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused unchecked, because its account or its client address failed too often: answered 429
 * with {@code Retry-After} by the API and the sign-in page alike.
 */
public final class SignInThrottled extends AuthenticationException {

    /** The problem code clients tell this refusal apart by. */
    public static final String CODE = "TOO_MANY_FAILED_SIGN_INS";

    /** Which of the two limits refused the sign-in. */
    public enum Limit { ACCOUNT, ADDRESS }

    private final Limit limit;
    private final long retryAfterSeconds;

    SignInThrottled(Limit limit, long retryAfterSeconds, String detail) {
        super(detail);
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Limit limit() {
        return limit;
    }

    /** Whole seconds until a sign-in is checked again, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
