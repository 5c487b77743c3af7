package org.draftline.platform.security;

import org.draftline.platform.config.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Feed tokens, for feed readers and calendars that cannot sign in: {@code <account>.<mac>}, the account's name
 * in URL-safe Base64 and HMAC-SHA256 of {@code draftline-feed-token/1\n<account>\n<generation>} under a key of
 * 32 random bytes kept outside the database, in {@code draftline.feeds.token-key-file} (default
 * {@code <data-dir>/feeds/feed-token-key}, owner-only, made when absent; instances on one database share it, as
 * they share the head signing key). Nothing of a token is stored: rotating an account's token raises its
 * generation ({@code feed_token}), so every token made before stops matching. A token signs in only as a
 * configured account, as that account stands now, and only for reading the feeds and calendars.
 */
class FeedTokens {

    private static final Logger log = LoggerFactory.getLogger(FeedTokens.class);
    private static final String CONTEXT = "draftline-feed-token/1\n";
    private static final int KEY_BYTES = 32;
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final SecretKeySpec key;

    FeedTokens(Accounts accounts, JdbcTemplate jdbc, Path keyFile) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.key = new SecretKeySpec(loadOrCreate(keyFile), "HmacSHA256");
    }

    /**
     * The current token of the configured account signed in; empty for a person signed in through an identity
     * provider, whose name may well be an account's without being that account.
     */
    Optional<String> of(Authentication signedIn) {
        return account(signedIn).map(account -> token(account, generation(account)));
    }

    /** Makes every earlier token of the signed-in account stop working, and answers its new one. */
    Optional<String> rotate(Authentication signedIn) {
        return account(signedIn).map(account -> {
            Integer generation = jdbc.queryForObject("""
                    INSERT INTO feed_token (account, generation) VALUES (?, 1)
                    ON CONFLICT (account) DO UPDATE SET generation = feed_token.generation + 1
                    RETURNING generation""", Integer.class, account);
            return token(account, generation == null ? 0 : generation);
        });
    }

    private Optional<String> account(Authentication signedIn) {
        if (signedIn != null && signedIn.getPrincipal() instanceof Accounts.AccountUser user
                && isAccount(user.getUsername())) {
            return Optional.of(user.getUsername());
        }
        return Optional.empty();
    }

    /** The account a token signs in, as it is configured now; empty for a token that is not one of ours. */
    Optional<Authentication> authenticate(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.') || token.length() > 1_000) {
            return Optional.empty();
        }
        String account;
        try {
            account = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!isAccount(account)) {
            return Optional.empty();
        }
        byte[] expected = token(account, generation(account)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        UserDetails user = accounts.loadUserByUsername(account);
        ((Accounts.AccountUser) user).eraseCredentials();
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private boolean isAccount(String username) {
        try {
            accounts.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException unknown) {
            return false;
        }
    }

    private int generation(String account) {
        List<Integer> generation = jdbc.queryForList("SELECT generation FROM feed_token WHERE account = ?",
                Integer.class, account);
        return generation.isEmpty() ? 0 : generation.get(0);
    }

    private String token(String account, int generation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signed = mac.doFinal((CONTEXT + account + "\n" + generation).getBytes(StandardCharsets.UTF_8));
            return URL.encodeToString(account.getBytes(StandardCharsets.UTF_8)) + "." + URL.encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The key in this file, made first (owner-only, written aside and linked into place) if absent. */
    static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            SecretFiles.warnIfReadableByOthers(file, "feed token key", log);
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException("the feed token key " + file + " holds " + key.length
                        + " bytes; at least " + KEY_BYTES + " in Base64 are expected");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("the feed token key " + file + " cannot be read or made: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the feed token key " + file + " is not Base64", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        if (SecretFiles.writeOnce(file, Base64.getEncoder().encodeToString(key) + "\n")) {
            log.info("Made a new feed token key in {}", file);
        } else {
            log.info("Another instance made the feed token key {} first", file);
        }
    }
}
