package org.draftline.platform.security;

import org.draftline.api.InvalidValue;
import org.draftline.api.RecordableText;
import org.draftline.platform.security.SignInThrottled.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Failed sign-ins per account and per client address, kept in PostgreSQL ({@code sign_in_throttle}) and
 * timed by the database's clock, so every instance on the database counts the same failures and agrees
 * on when a lockout ends.
 */
class SignInThrottle {

    private static final int LONGEST_SUBJECT_NAME = 200;
    private static final long CLEAN_UP_EVERY = 64;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SignInThrottleProperties limits;
    private final AtomicLong failuresSeen = new AtomicLong();

    SignInThrottle(DataSource dataSource, SignInThrottleProperties limits) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.limits = limits;
    }

    /**
     * What a sign-in as {@code username} from {@code address} meets now: a refusal if either is locked out,
     * and whether the account has failures counted (only then has a success anything to reset).
     */
    Standing standing(String username, String address) {
        String account = accountSubject(username);
        String client = addressSubject(address);
        List<Lockout> rows = jdbc.query("""
                        SELECT subject, CASE WHEN blocked_until > clock_timestamp()
                                THEN extract(epoch FROM blocked_until - clock_timestamp()) END AS seconds
                        FROM sign_in_throttle WHERE subject IN (?, ?)""",
                (row, index) -> {
                    double seconds = row.getDouble("seconds");
                    boolean notLockedOut = row.wasNull();
                    return new Lockout(row.getString("subject"), notLockedOut ? null : seconds);
                },
                account, client == null ? account : client);
        boolean accountCounted = rows.stream().anyMatch(row -> row.subject().equals(account));
        // the longer lockout, in whole seconds; of two equal ones the account's
        Optional<SignInThrottled> refusal = rows.stream().filter(row -> row.seconds() != null)
                .max(Comparator.comparingLong((Lockout row) -> wholeSeconds(row.seconds()))
                        .thenComparing(row -> row.subject().equals(account)))
                .map(lockout -> refusal(lockout.subject().equals(account), wholeSeconds(lockout.seconds())));
        return new Standing(refusal, accountCounted);
    }

    /** A sign-in's standing before its password is checked. */
    record Standing(Optional<SignInThrottled> refusal, boolean accountCounted) {
    }

    private static long wholeSeconds(double seconds) {
        return Math.max(1, (long) Math.ceil(seconds));
    }

    private SignInThrottled refusal(boolean byAccount, long seconds) {
        String detail = byAccount
                ? "Too many failed sign-ins for this account (" + limits.maxFailures() + " within "
                + limits.window().toSeconds() + " s); try again in " + seconds + " s"
                : "Too many failed sign-ins from this address (" + limits.maxFailuresPerAddress() + " within "
                + limits.window().toSeconds() + " s); try again in " + seconds + " s";
        return new SignInThrottled(byAccount ? Limit.ACCOUNT : Limit.ADDRESS, seconds, detail);
    }

    /** Counts a wrong password (or an unknown user) against the account and the address. */
    void failed(String username, String address) {
        countFailure(accountSubject(username), limits.maxFailures());
        String client = addressSubject(address);
        if (client != null) {
            countFailure(client, limits.maxFailuresPerAddress());
        }
        if (failuresSeen.incrementAndGet() % CLEAN_UP_EVERY == 0) {
            jdbc.update("""
                    DELETE FROM sign_in_throttle WHERE last_failure < clock_timestamp() - make_interval(secs => ?)
                    AND (blocked_until IS NULL OR blocked_until < clock_timestamp())""",
                    (double) limits.forgetAfter().toMillis() / 1000);
        }
    }

    /** A success resets the account's count and lockouts; the address keeps its own. */
    void succeeded(String username) {
        jdbc.update("DELETE FROM sign_in_throttle WHERE subject = ?", accountSubject(username));
    }

    private void countFailure(String subject, int maxFailures) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    INSERT INTO sign_in_throttle (subject, failures, window_started, lockouts, last_failure)
                    VALUES (?, 0, clock_timestamp(), 0, clock_timestamp()) ON CONFLICT (subject) DO NOTHING""",
                    subject);
            State state = jdbc.queryForObject("""
                            SELECT failures, window_started, lockouts, last_failure, clock_timestamp() AS now
                            FROM sign_in_throttle WHERE subject = ? FOR UPDATE""",
                    (row, index) -> new State(row.getInt("failures"), row.getTimestamp("window_started").toInstant(),
                            row.getInt("lockouts"), row.getTimestamp("last_failure").toInstant(),
                            row.getTimestamp("now").toInstant()), subject);
            State next = state.afterFailure(maxFailures, limits);
            jdbc.update("""
                            UPDATE sign_in_throttle SET failures = ?, window_started = ?, lockouts = ?,
                            blocked_until = coalesce(?, blocked_until), last_failure = ? WHERE subject = ?""",
                    next.failures(), Timestamp.from(next.windowStarted()), next.lockouts(),
                    next.blockedUntil() == null ? null : Timestamp.from(next.blockedUntil()),
                    Timestamp.from(next.now()), subject);
        });
    }

    /** One subject's count, and what a further failure at {@code now} makes of it. */
    record State(int failures, Instant windowStarted, int lockouts, Instant lastFailure, Instant now,
                 Instant blockedUntil) {

        State(int failures, Instant windowStarted, int lockouts, Instant lastFailure, Instant now) {
            this(failures, windowStarted, lockouts, lastFailure, now, null);
        }

        State afterFailure(int maxFailures, SignInThrottleProperties limits) {
            int previousLockouts = lastFailure.plus(limits.forgetAfter()).isBefore(now) ? 0 : lockouts;
            boolean windowOver = windowStarted.plus(limits.window()).isBefore(now);
            int counted = (windowOver ? 0 : failures) + 1;
            Instant started = windowOver || failures == 0 ? now : windowStarted;
            if (counted < maxFailures) {
                return new State(counted, started, previousLockouts, now, now, null);
            }
            int lockoutsNow = previousLockouts + 1;
            return new State(0, now, lockoutsNow, now, now, now.plus(lockout(lockoutsNow, limits)));
        }

        /** The first lockout lasts {@code lockout}; each further one twice the one before, at most {@code maxLockout}. */
        static Duration lockout(int lockouts, SignInThrottleProperties limits) {
            Duration lockout = limits.lockout();
            for (int doubled = 1; doubled < lockouts && lockout.compareTo(limits.maxLockout()) < 0; doubled++) {
                lockout = lockout.multipliedBy(2);
            }
            return lockout.compareTo(limits.maxLockout()) > 0 ? limits.maxLockout() : lockout;
        }
    }

    private record Lockout(String subject, Double seconds) {
    }

    /** The account as typed, or its digest when it is too long or holds what PostgreSQL's text cannot keep. */
    static String accountSubject(String username) {
        String name = username == null ? "" : username;
        try {
            if (name.length() <= LONGEST_SUBJECT_NAME && name.indexOf('\u0000') < 0
                    && name.equals(RecordableText.of(name, "username"))) {
                return "account:" + name;
            }
        } catch (InvalidValue unrecordable) {
            // kept as its digest below
        }
        return "account:sha256:" + sha256(name);
    }

    /** The client's address; an IPv6 client by its /64, which one machine usually holds whole. */
    static String addressSubject(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        if (address.indexOf(':') >= 0 && address.chars().allMatch(c -> Character.digit(c, 16) >= 0
                || c == ':' || c == '.' || c == '[' || c == ']' || c == '%')) {
            try {
                InetAddress parsed = InetAddress.getByName(address.replaceAll("%.*$", "").replace("[", "")
                        .replace("]", ""));
                if (parsed instanceof Inet6Address) {
                    byte[] bytes = parsed.getAddress();
                    Arrays.fill(bytes, 8, 16, (byte) 0);
                    return "address:" + InetAddress.getByAddress(bytes).getHostAddress() + "/64";
                }
            } catch (UnknownHostException notAnAddress) {
                // kept as given below
            }
        }
        return "address:" + (address.length() <= LONGEST_SUBJECT_NAME ? address : "sha256:" + sha256(address));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
