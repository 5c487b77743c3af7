package org.draftline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Bounds the reads that wait for the read models ({@code ?minSequence=N}): each holds a request thread
 * and polls the database until the sequence is reached or the wait times out, so unbounded, a few
 * hundred waits for a sequence that never comes would leave nothing for anyone else. A client (its
 * account when signed in, else its address) may hold {@code perClient} waits at once and everyone together
 * {@code total}; beyond that the answer is immediate: 429 for the client over its share, 503 when all
 * are taken, both with {@code Retry-After} (one wait's timeout, by when a place is free).
 */
public class WaitingReads {

    private final int perClient;
    private final Semaphore total;
    private final long retryAfterSeconds;
    private final ConcurrentHashMap<String, Integer> waiting = new ConcurrentHashMap<>();

    public WaitingReads(int perClient, int total, Duration waitTimeout) {
        if (perClient < 1 || total < 1) {
            throw new IllegalArgumentException("draftline.read-waits.per-client and .total must be at least 1");
        }
        this.perClient = perClient;
        this.total = new Semaphore(total);
        this.retryAfterSeconds = Math.max(1, (waitTimeout.toMillis() + 999) / 1000);
    }

    /** A place to wait, for the current request's client; release it (try-with-resources) when done. */
    public Permit admit() {
        String client = client();
        if (client == null) {
            return () -> { };
        }
        boolean[] admitted = {false};
        waiting.compute(client, (key, count) -> {
            int held = count == null ? 0 : count;
            admitted[0] = held < perClient;
            return admitted[0] ? held + 1 : count;
        });
        if (!admitted[0]) {
            throw new TooManyWaits(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_WAITING_READS", "this client already has "
                    + perClient + " reads waiting for the read models (minSequence); try again in "
                    + retryAfterSeconds + " s", retryAfterSeconds);
        }
        if (!total.tryAcquire()) {
            leave(client);
            throw new TooManyWaits(HttpStatus.SERVICE_UNAVAILABLE, "WAITING_READS_FULL", "too many reads are "
                    + "waiting for the read models (minSequence) just now; try again in " + retryAfterSeconds + " s",
                    retryAfterSeconds);
        }
        return () -> {
            total.release();
            leave(client);
        };
    }

    private void leave(String client) {
        waiting.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
    }

    /** Who is asking: the signed-in account, else the address; null outside an HTTP request. */
    private static String client() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            return "account " + signedIn.getName();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return "address " + request.getRemoteAddr();
        }
        return null;
    }

    /** A place held while waiting. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** The answer when no place is free: its status, code and when to try again. */
    public static final class TooManyWaits extends RuntimeException {

        private final HttpStatus status;
        private final String code;
        private final long retryAfterSeconds;

        TooManyWaits(HttpStatus status, String code, String message, long retryAfterSeconds) {
            super(message);
            this.status = status;
            this.code = code;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public HttpStatus status() {
            return status;
        }

        public String code() {
            return code;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
