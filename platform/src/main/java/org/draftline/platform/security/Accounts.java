package org.draftline.platform.security;

import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.StandardPasswordEncoder;
import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configured accounts, checked once at start-up: a server without accounts, or with one that could
 * never act properly, refuses to start and says which setting to fix. There are no default passwords.
 * Not a {@code UserDetailsService} bean: Spring would build a second, unthrottled sign-in from it.
 */
class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    private static final Set<String> PASSWORD_PREFIXES = Set.of("{bcrypt}", "{noop}", "{pbkdf2}", "{scrypt}",
            "{argon2}", "{sha256}");
    private static final Pattern BCRYPT_COST = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$.*");
    /** BCryptPasswordEncoder's own default, for accounts that hold no bcrypt hash to follow. */
    static final int DEFAULT_BCRYPT_COST = 10;

    private final Map<String, AccountUser> users = new LinkedHashMap<>();
    private final int bcryptCost;

    /** @param demo whether these are the demo profile's documented accounts, whose plain passwords are no secret */
    Accounts(List<AccountProperties.Account> accounts, boolean demo) {
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
            if (!demo && accounts.get(index).password().startsWith("{noop}")) {
                log.warn("draftline.accounts[{}] ('{}') keeps its password in plain text ({noop}); give it a "
                        + "{bcrypt} hash instead (see the README, \"Accounts\")", index, user.getUsername());
            }
        }
        bcryptCost = bcryptCost(accounts);
    }

    /** The cost of the configured bcrypt hashes (the highest, if they differ), so a made-up check costs as much. */
    private static int bcryptCost(List<AccountProperties.Account> accounts) {
        TreeSet<Integer> costs = new TreeSet<>();
        for (AccountProperties.Account account : accounts) {
            Matcher cost = BCRYPT_COST.matcher(account.password());
            if (cost.matches()) {
                costs.add(Integer.parseInt(cost.group(1)));
            }
        }
        if (costs.size() > 1) {
            log.warn("draftline.accounts hold bcrypt hashes of different costs {}: a wrong password costs less "
                    + "time for the cheaper ones, which tells them apart; hash every password at one cost", costs);
        }
        return costs.isEmpty() ? DEFAULT_BCRYPT_COST : costs.last();
    }

    int bcryptCost() {
        return bcryptCost;
    }

    /**
     * Spring's delegating encoder for the prefixes an account may use, which hashes with bcrypt at the
     * accounts' own cost. {@link DaoAuthenticationProvider} checks a password given for an unknown user
     * against a hash it made with this encoder, so that check takes as long as a known user's.
     */
    @SuppressWarnings("deprecation")
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new LinkedHashMap<>();
        encoders.put("bcrypt", new BCryptPasswordEncoder(bcryptCost));
        encoders.put("noop", NoOpPasswordEncoder.getInstance());
        encoders.put("pbkdf2", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("scrypt", SCryptPasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("sha256", new StandardPasswordEncoder());
        return new DelegatingPasswordEncoder("bcrypt", encoders);
    }

    /** Spring's check of a user name and password against these accounts, with {@code encoder}. */
    DaoAuthenticationProvider authenticationProvider(PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(this::loadUserByUsername);
        provider.setPasswordEncoder(encoder);
        return provider;
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
        String name;
        try {
            name = Fields.optionalText(account.name(), prefix + ".name");
        } catch (InvalidValue invalid) {
            throw new IllegalStateException(invalid.getMessage(), invalid);
        }
        if (name != null && name.length() > Actor.LONGEST_NAME) {
            throw new IllegalStateException(prefix + ".name: at most " + Actor.LONGEST_NAME + " characters");
        }
        Actor actor = new Actor(account.username().strip(), account.role(), delegation, null, name);
        return new AccountUser(actor, account.password());
    }

    UserDetails loadUserByUsername(String username) {
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
