package org.draftline.platform.security;

import org.draftline.api.actor.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class AccountsTest {

    private static final String COST_12 = "{bcrypt}" + new BCryptPasswordEncoder(12).encode("secret");

    private static AccountProperties.Account account(String username, String password, String name) {
        return new AccountProperties.Account(username, password, Role.DELEGATE, "MEX", name);
    }

    /** Remembers every hash a password was checked against. */
    private static final class Checks implements PasswordEncoder {
        final List<String> hashes = new ArrayList<>();
        private final PasswordEncoder encoder;

        Checks(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence raw) {
            return encoder.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String hash) {
            hashes.add(hash);
            return encoder.matches(raw, hash);
        }
    }

    @Test
    void anUnknownUsersPasswordIsCheckedAgainstABcryptHashOfTheAccountsCost() {
        Accounts accounts = new Accounts(List.of(account("mexico", COST_12, null)), false);
        Checks checks = new Checks(accounts.passwordEncoder());
        var signIn = accounts.authenticationProvider(checks);

        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("nobody", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("mexico", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn.authenticate(new UsernamePasswordAuthenticationToken("mexico", "secret")).isAuthenticated())
                .isTrue();

        assertThat(checks.hashes).hasSize(3).allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2a$12$"));
        assertThat(checks.hashes.get(0)).isNotEqualTo(COST_12);
    }

    @Test
    void withoutBcryptAccountsTheUnknownUsersCheckIsBcryptAtItsDefaultCost() {
        Accounts accounts = new Accounts(List.of(account("mexico", "{noop}secret", null)), true);
        Checks checks = new Checks(accounts.passwordEncoder());
        assertThatThrownBy(() -> accounts.authenticationProvider(checks)
                .authenticate(new UsernamePasswordAuthenticationToken("nobody", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(checks.hashes).singleElement().asString().startsWith("{bcrypt}$2a$10$");
    }

    @Test
    void aPlainPasswordOutsideTheDemoProfileIsWarnedAboutByItsAccount(CapturedOutput output) {
        new Accounts(List.of(account("mexico", COST_12, null), account("ecuador", "{noop}secret", null)), false);
        assertThat(output.getAll()).contains("draftline.accounts[1] ('ecuador')").contains("{noop}")
                .doesNotContain("('mexico')");
    }

    @Test
    void theDemoProfilesPlainPasswordsAreNoSecretAndNotWarnedAbout(CapturedOutput output) {
        new Accounts(List.of(account("ecuador", "{noop}secret", null)), true);
        assertThat(output.getAll()).doesNotContain("('ecuador')");
    }

    @Test
    void theAccountsPersonActsWithIt() {
        Accounts accounts = new Accounts(List.of(account("mexico", "{noop}secret", " H.E. Ms. Anne Dupont ")), true);
        var signedIn = accounts.authenticationProvider(accounts.passwordEncoder())
                .authenticate(new UsernamePasswordAuthenticationToken("mexico", "secret"));
        assertThat(SignedIn.actor(signedIn)).hasValueSatisfying(actor -> {
            assertThat(actor.person()).isEqualTo("H.E. Ms. Anne Dupont");
            assertThat(actor.delegation().code()).isEqualTo("MEX");
        });
    }

    @Test
    void aNameThatCannotBeRecordedStopsTheStart() {
        assertThatThrownBy(() -> new Accounts(List.of(account("mexico", "{noop}x", "Anne\u0000Dupont")), true))
                .hasMessageStartingWith("draftline.accounts[0].name:");
        assertThatThrownBy(() -> new Accounts(List.of(account("mexico", "{noop}x", "A".repeat(201))), true))
                .hasMessage("draftline.accounts[0].name: at most 200 characters");
    }
}
