package org.draftline.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleStateTest {

    private static final SignInThrottleProperties LIMITS = new SignInThrottleProperties(5, 5, Duration.ofMinutes(1),
            Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(1));
    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

    private static SignInThrottle.State fresh() {
        return new SignInThrottle.State(0, START, 0, START, START);
    }

    private static SignInThrottle.State failAt(SignInThrottle.State state, Instant now) {
        return new SignInThrottle.State(state.failures(), state.windowStarted(), state.lockouts(), state.lastFailure(),
                now).afterFailure(5, LIMITS);
    }

    @Test
    void theFifthFailureWithinTheWindowLocksOutForTheLockout() {
        SignInThrottle.State state = fresh();
        for (int failure = 1; failure <= 4; failure++) {
            state = failAt(state, START.plusSeconds(failure));
            assertThat(state.blockedUntil()).isNull();
        }
        state = failAt(state, START.plusSeconds(5));
        assertThat(state.blockedUntil()).isEqualTo(START.plusSeconds(5).plus(Duration.ofMinutes(1)));
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotAddUp() {
        SignInThrottle.State state = fresh();
        for (int failure = 0; failure < 20; failure++) {
            state = failAt(state, START.plusSeconds(16L * failure));
        }
        assertThat(state.blockedUntil()).isNull();
    }

    @Test
    void eachFurtherLockoutDoublesUpToTheLongest() {
        assertThat(SignInThrottle.State.lockout(1, LIMITS)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SignInThrottle.State.lockout(2, LIMITS)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SignInThrottle.State.lockout(4, LIMITS)).isEqualTo(Duration.ofMinutes(8));
        assertThat(SignInThrottle.State.lockout(5, LIMITS)).isEqualTo(Duration.ofMinutes(10));
        assertThat(SignInThrottle.State.lockout(500, LIMITS)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aQuietHourForgetsEarlierLockouts() {
        SignInThrottle.State locked = new SignInThrottle.State(4, START, 3, START, START);
        assertThat(failAt(locked, START.plusSeconds(30)).blockedUntil())
                .isEqualTo(START.plusSeconds(30).plus(Duration.ofMinutes(8)));
        SignInThrottle.State quiet = new SignInThrottle.State(4, START, 3, START, START);
        assertThat(failAt(quiet, START.plus(Duration.ofHours(2))).blockedUntil()).isNull();
    }

    @Test
    void anAddressIsItsOwnSubjectAndAnIpv6ClientItsSlash64() {
        assertThat(SignInThrottle.addressSubject("192.0.2.7")).isEqualTo("address:192.0.2.7");
        assertThat(SignInThrottle.addressSubject("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(SignInThrottle.addressSubject("2001:db8:1:2::1"));
        assertThat(SignInThrottle.accountSubject("mexico")).isEqualTo("account:mexico");
        assertThat(SignInThrottle.accountSubject("mex\u0000ico")).startsWith("account:sha256:");
    }
}
