package org.draftline.platform.security;

import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configured accounts, checked once at start-up: a server without accounts, or with one that could
 * never act properly, refuses to start and says which setting to fix. There are no default passwords.
 */
class Accounts implements UserDetailsService {

    private static final Set<String> PASSWORD_PREFIXES = Set.of("{bcrypt}", "{noop}", "{pbkdf2}", "{scrypt}",
            "{argon2}", "{sha256}");

    private final Map<String, AccountUser> users = new LinkedHashMap<>();

    Accounts(List<AccountProperties.Account> accounts) {
        if (accounts.isEmpty()) {
            throw new IllegalStateException("Draftline has no accounts, so nobody could sign in. Configure them as "
                    + "draftline.accounts[0].username, .password ({bcrypt}... or {noop}...), .role (SECRETARIAT, "
                    + "DELEGATE or OBSERVER) and, for a delegate, .delegation (e.g. MEX), or start with "
                    + "--spring.profiles.active=demo for the documented demo accounts.");
        }
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < accounts.size(); index++) {
            AccountUser user = checked(accounts.get(index), "draftline.accounts[" + index + "]");
            if (!seen.add(user.getUsername())) {
                throw new IllegalStateException("draftline.accounts[" + index + "].username: '" + user.getUsername()
                        + "' is configured twice");
            }
            users.put(user.getUsername(), user);
        }
    }

    private static AccountUser checked(AccountProperties.Account account, String prefix) {
        if (account.username() == null || account.username().isBlank()) {
            throw new IllegalStateException(prefix + ".username: required");
        }
        if (account.password() == null || PASSWORD_PREFIXES.stream().noneMatch(account.password()::startsWith)) {
            throw new IllegalStateException(prefix + ".password: required, with an encoding prefix such as "
                    + "{bcrypt} or {noop}");
        }
        if (account.role() == null || account.role() == Role.SYSTEM) {
            throw new IllegalStateException(prefix + ".role: one of SECRETARIAT, DELEGATE, OBSERVER");
        }
        Delegation delegation = null;
        if (account.role() == Role.DELEGATE) {
            if (account.delegation() == null || !Delegation.isKnown(account.delegation())) {
                throw new IllegalStateException(prefix + ".delegation: a delegate needs a known delegation code "
                        + "(e.g. MEX, G77), not '" + account.delegation() + "'");
            }
            delegation = Delegation.of(account.delegation());
        } else if (account.delegation() != null && !account.delegation().isBlank()) {
            throw new IllegalStateException(prefix + ".delegation: only a DELEGATE acts for a delegation");
        }
        Actor actor = new Actor(account.username().strip(), account.role(), delegation);
        return new AccountUser(actor, account.password());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountUser user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return user.copy();
    }

    /** A signed-in account: Spring's user, carrying the actor that commands are recorded under. */
    static final class AccountUser extends User {

        private final Actor actor;

        AccountUser(Actor actor, String password) {
            super(actor.username(), password, List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
            this.actor = actor;
        }

        Actor actor() {
            return actor;
        }

        /** Spring erases the credentials of the user it authenticated; hand it a copy of ours. */
        AccountUser copy() {
            return new AccountUser(actor, getPassword());
        }
    }
}
