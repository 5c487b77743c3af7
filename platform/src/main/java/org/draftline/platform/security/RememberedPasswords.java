package org.draftline.platform.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A password encoder that remembers, for a while, the passwords it has just found right, so that a client
 * signing every request with HTTP Basic pays the slow hash (bcrypt: tens of milliseconds, on purpose) once
 * in {@code remember} rather than on every request. Only successes are remembered: a wrong password, or a
 * password tried for an unknown account, always costs the whole hash, as before.
 * <p>
 * What it keeps is an HMAC of the stored hash and the presented password under a key made at start and
 * held only in memory, never the password: a dump of the memory gives no password, and a changed stored
 * hash no longer matches. At most {@code capacity} entries; when full, the expired ones go, and if that is
 * not enough, all of them (the next sign-ins hash again).
 */
final class RememberedPasswords implements PasswordEncoder {

    private static final String MAC = "HmacSHA256";

    private final PasswordEncoder encoder;
    private final Duration remember;
    private final int capacity;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    RememberedPasswords(PasswordEncoder encoder, Duration remember, int capacity, Clock clock) {
        this.encoder = encoder;
        this.remember = remember;
        this.capacity = capacity;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || remember.isZero()) {
            return encoder.matches(rawPassword, encodedPassword);
        }
        String entry = entry(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Instant until = verified.get(entry);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        if (!encoder.matches(rawPassword, encodedPassword)) {
            verified.remove(entry);
            return false;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(expiry -> !now.isBefore(expiry));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(entry, now.plus(remember));
        return true;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    /** How many successes are remembered now (expired ones included until they are swept). */
    int remembered() {
        return verified.size();
    }

    private String entry(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
        }
    }
}
