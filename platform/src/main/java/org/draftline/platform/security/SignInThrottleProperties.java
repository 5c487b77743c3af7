package org.draftline.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How failed sign-ins are throttled ({@code draftline.sign-in.throttle.*}): after {@code maxFailures}
 * failures of one account within {@code window}, or {@code maxFailuresPerAddress} from one client address,
 * that account or address is refused for {@code lockout}, doubled at each further lockout up to
 * {@code maxLockout}; a subject quiet for {@code forgetAfter} starts again from the first lockout.
 */
@ConfigurationProperties("draftline.sign-in.throttle")
public record SignInThrottleProperties(Integer maxFailures, Integer maxFailuresPerAddress, Duration window,
                                       Duration lockout, Duration maxLockout, Duration forgetAfter) {

    public SignInThrottleProperties {
        maxFailures = positive(maxFailures == null ? 5 : maxFailures, "max-failures");
        maxFailuresPerAddress = positive(maxFailuresPerAddress == null ? 5 : maxFailuresPerAddress,
                "max-failures-per-address");
        window = positive(window == null ? Duration.ofMinutes(1) : window, "window");
        lockout = positive(lockout == null ? Duration.ofMinutes(1) : lockout, "lockout");
        maxLockout = positive(maxLockout == null ? Duration.ofHours(1) : maxLockout, "max-lockout");
        forgetAfter = positive(forgetAfter == null ? Duration.ofHours(1) : forgetAfter, "forget-after");
        if (maxLockout.compareTo(lockout) < 0) {
            throw new IllegalStateException("draftline.sign-in.throttle.max-lockout: at least the lockout ("
                    + lockout + ")");
        }
    }

    private static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalStateException("draftline.sign-in.throttle." + name + ": at least 1, not " + value);
        }
        return value;
    }

    private static Duration positive(Duration value, String name) {
        if (value.isNegative() || value.toMillis() < 1) {
            throw new IllegalStateException("draftline.sign-in.throttle." + name + ": a positive duration, not "
                    + value);
        }
        return value;
    }
}
