package org.draftline.command.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code idempotency_key} table. A key is claimed before its command runs, so two requests racing
 * with one key cannot both record; a claim is released when the command fails, so a retry can run. Each
 * attempt at running the command holds the claim under its own {@code claimant} id, and a claim older than
 * the claim timeout (its command never finished: the process died) may be taken over by one later attempt.
 * Times are the database's, so every instance sharing it judges a claim's age alike.
 */
@Repository
class IdempotencyKeys {

    /** An earlier claim of the key; {@code secondsToExpiry} is how long an unanswered one has left. */
    record Claim(String requestHash, Integer status, String response, double secondsToExpiry) {

        boolean isAnswered() {
            return status != null;
        }

        boolean hasExpired() {
            return !isAnswered() && secondsToExpiry <= 0;
        }
    }

    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this attempt; answers the earlier claim instead when there is one. A claim released
     * between the two looks is claimed again.
     */
    Optional<Claim> claim(String username, UUID key, String requestHash, UUID claimant, Duration claimTimeout) {
        while (true) {
            int claimed = jdbc.update("""
                    INSERT INTO idempotency_key (username, idempotency_key, request_hash, claimant, claimed_at)
                    VALUES (?, ?, ?, ?, now())
                    ON CONFLICT (username, idempotency_key) DO NOTHING""", username, key, requestHash, claimant);
            if (claimed == 1) {
                return Optional.empty();
            }
            Optional<Claim> earlier = jdbc.query("""
                            SELECT request_hash, status, response,
                                   EXTRACT(EPOCH FROM claimed_at + make_interval(secs => ?) - now())
                                       AS seconds_to_expiry
                            FROM idempotency_key WHERE username = ? AND idempotency_key = ?""",
                    (row, index) -> new Claim(row.getString("request_hash"), (Integer) row.getObject("status"),
                            row.getString("response"), row.getDouble("seconds_to_expiry")),
                    seconds(claimTimeout), username, key).stream().findFirst();
            if (earlier.isPresent()) {
                return earlier;
            }
        }
    }

    /**
     * Takes over an unanswered claim older than the timeout; of several attempts doing so at once, the row's
     * lock lets one through and the others then see the claim renewed.
     */
    boolean takeOver(String username, UUID key, UUID claimant, Duration claimTimeout) {
        return jdbc.update("""
                UPDATE idempotency_key SET claimant = ?, claimed_at = now()
                WHERE username = ? AND idempotency_key = ? AND status IS NULL
                  AND claimed_at < now() - make_interval(secs => ?)""",
                claimant, username, key, seconds(claimTimeout)) == 1;
    }

    void answer(String username, UUID key, UUID claimant, int status, String response) {
        jdbc.update("""
                UPDATE idempotency_key SET status = ?, response = ?
                WHERE username = ? AND idempotency_key = ? AND claimant = ? AND status IS NULL""",
                status, response, username, key, claimant);
    }

    void release(String username, UUID key, UUID claimant) {
        jdbc.update("DELETE FROM idempotency_key WHERE username = ? AND idempotency_key = ? AND claimant = ? "
                + "AND status IS NULL", username, key, claimant);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
