package org.draftline.command.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/**
 * The {@code idempotency_key} table. A key is claimed before its command runs, so two requests racing
 * with one key cannot both record; a claim is released when the command fails, so a retry can run.
 */
@Repository
class IdempotencyKeys {

    record Claim(String requestHash, Integer status, String response) {
        boolean isAnswered() {
            return status != null;
        }
    }

    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this request; answers the earlier claim instead when there is one. */
    Optional<Claim> claim(String username, UUID key, String requestHash) {
        int claimed = jdbc.update("""
                INSERT INTO idempotency_key (username, idempotency_key, request_hash) VALUES (?, ?, ?)
                ON CONFLICT (username, idempotency_key) DO NOTHING""", username, key, requestHash);
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.query("SELECT request_hash, status, response FROM idempotency_key WHERE username = ? "
                        + "AND idempotency_key = ?",
                (row, index) -> new Claim(row.getString("request_hash"), (Integer) row.getObject("status"),
                        row.getString("response")), username, key).stream().findFirst();
    }

    void answer(String username, UUID key, int status, String response) {
        jdbc.update("UPDATE idempotency_key SET status = ?, response = ? WHERE username = ? AND idempotency_key = ?",
                status, response, username, key);
    }

    void release(String username, UUID key) {
        jdbc.update("DELETE FROM idempotency_key WHERE username = ? AND idempotency_key = ? AND status IS NULL",
                username, key);
    }
}
