package org.draftline.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedPasswordsTest {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    private static final String HASH = BCRYPT.encode("right");

    /** Counts the checks that reach the slow encoder. */
    private static final class Counting implements PasswordEncoder {
        int checks;

        @Override
        public String encode(CharSequence raw) {
            return BCRYPT.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks++;
            return BCRYPT.matches(raw, encoded);
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T04:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Counting slow = new Counting();
    private final MovableClock clock = new MovableClock();

    @Test
    void aRightPasswordIsHashedOnceWhileItIsRemembered() {
        RememberedPasswords passwords = new RememberedPasswords(slow, Duration.ofMinutes(5), 100, clock);

        for (int request = 0; request < 10; request++) {
            assertThat(passwords.matches("right", HASH)).isTrue();
        }

        assertThat(slow.checks).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsHashedEveryTimeAndNeverRemembered() {
        RememberedPasswords passwords = new RememberedPasswords(slow, Duration.ofMinutes(5), 100, clock);
        passwords.matches("right", HASH);

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(passwords.matches("wrong", HASH)).isFalse();
        }

        assertThat(slow.checks).isEqualTo(6);
        assertThat(passwords.remembered()).isEqualTo(1);
    }

    @Test
    void aRememberedPasswordIsHashedAgainOnceItsTimeIsOver() {
        RememberedPasswords passwords = new RememberedPasswords(slow, Duration.ofMinutes(5), 100, clock);
        passwords.matches("right", HASH);

        clock.now = clock.now.plus(Duration.ofMinutes(5));

        assertThat(passwords.matches("right", HASH)).isTrue();
        assertThat(slow.checks).isEqualTo(2);
    }

    @Test
    void theRightPasswordOfAnotherHashIsNotTakenForIt() {
        RememberedPasswords passwords = new RememberedPasswords(slow, Duration.ofMinutes(5), 100, clock);
        passwords.matches("right", HASH);

        String changed = BCRYPT.encode("changed");

        assertThat(passwords.matches("right", changed)).isFalse();
        assertThat(slow.checks).isEqualTo(2);
    }

    @Test
    void rememberingNothingHashesEveryTime() {
        RememberedPasswords passwords = new RememberedPasswords(slow, Duration.ZERO, 100, clock);

        passwords.matches("right", HASH);
        passwords.matches("right", HASH);

        assertThat(slow.checks).isEqualTo(2);
        assertThat(passwords.remembered()).isZero();
    }

    @Test
    void itRemembersAtMostItsCapacity() {
        RememberedPasswords passwords = new RememberedPasswords(new BCryptPasswordEncoder(4) {
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return true;
            }
        }, Duration.ofMinutes(5), 3, clock);

        for (int account = 0; account < 10; account++) {
            passwords.matches("password " + account, HASH);
            assertThat(passwords.remembered()).isLessThanOrEqualTo(3);
        }
    }
}
