package org.draftline.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.platform.acting.Acting;
import org.draftline.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Answers an API client's command once the read models have caught up with it (through {@link Acting}, as the
 * pages do), and honours an {@code Idempotency-Key}.
 */
@Component
class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final Acting acting;
    private final IdempotencyKeys idempotencyKeys;
    private final ObjectMapper json;
    private final Duration claimTimeout;
    private final Duration duplicateWait;

    CommandDispatcher(Acting acting, IdempotencyKeys idempotencyKeys, ObjectMapper json,
                      @Value("${draftline.idempotency.claim-timeout:60s}") Duration claimTimeout,
                      @Value("${draftline.idempotency.duplicate-wait:10s}") Duration duplicateWait) {
        this.acting = acting;
        this.idempotencyKeys = idempotencyKeys;
        this.json = json;
        this.claimTimeout = claimTimeout;
        this.duplicateWait = duplicateWait;
    }

    /**
     * Runs {@code send} unless the same key already answered this request; a key reused for another
     * request is refused. A duplicate of a request still running waits (bounded) for its answer and returns
     * it; a claim whose command never finished is taken over once it has expired.
     */
    ResponseEntity<?> dispatch(Actor actor, String idempotencyKey, String requestPath, Object request,
                               HttpStatus success, Supplier<CommandResult> send) {
        return dispatch(actor, idempotencyKey, requestPath, request, success, CommandResult.class, send);
    }

    /** As above, for a command whose answer is of {@code answerType}. */
    <A extends CommandAnswer> ResponseEntity<?> dispatch(Actor actor, String idempotencyKey, String requestPath,
                                                         Object request, HttpStatus success, Class<A> answerType,
                                                         Supplier<A> send) {
        if (idempotencyKey == null) {
            return answered(success, send.get());
        }
        UUID key = key(idempotencyKey);
        String requestHash = hash(requestPath, request);
        UUID claimant = UUID.randomUUID();
        long waitUntil = System.nanoTime() + duplicateWait.toNanos();
        long pauseMillis = 10;
        while (true) {
            Optional<IdempotencyKeys.Claim> earlier = idempotencyKeys.claim(actor.username(), key, requestHash,
                    claimant, claimTimeout);
            if (earlier.isEmpty()) {
                return run(actor, key, claimant, success, send);
            }
            IdempotencyKeys.Claim claim = earlier.get();
            if (!claim.requestHash().equals(requestHash)) {
                return problem(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_REUSED",
                        "this Idempotency-Key was used for another request; use a new key for a new request");
            }
            if (claim.isAnswered()) {
                return replay(claim, answerType);
            }
            if (claim.hasExpired() && idempotencyKeys.takeOver(actor.username(), key, claimant, claimTimeout)) {
                log.warn("Idempotency-Key {} of {} was claimed more than {} ago by a command that never answered; "
                        + "running it again", key, actor.username(), claimTimeout);
                return run(actor, key, claimant, success, send);
            }
            if (System.nanoTime() >= waitUntil || !pause(pauseMillis)) {
                return stillRunning(claim);
            }
            pauseMillis = Math.min(pauseMillis * 2, 200);
        }
    }

    private ResponseEntity<?> run(Actor actor, UUID key, UUID claimant, HttpStatus success,
                                  Supplier<? extends CommandAnswer> send) {
        try {
            CommandAnswer result = send.get();
            idempotencyKeys.answer(actor.username(), key, claimant, success.value(), write(result));
            return answered(success, result);
        } catch (RuntimeException failure) {
            idempotencyKeys.release(actor.username(), key, claimant);
            throw failure;
        }
    }

    private ResponseEntity<?> stillRunning(IdempotencyKeys.Claim claim) {
        long retryAfter = Math.max(1, (long) Math.ceil(claim.secondsToExpiry()));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                .body(Problems.withCode(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE", "the first request with "
                        + "this Idempotency-Key has not finished after " + duplicateWait.toSeconds() + " s of waiting; "
                        + "retry with the same key after " + retryAfter + " s to get its answer (a claim whose "
                        + "command never finishes expires " + claimTimeout.toSeconds() + " s after it was made)"));
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private ResponseEntity<?> answered(HttpStatus status, CommandAnswer result) {
        awaitReadModels(result);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.CREATED) {
            answer.location(result.location());
        }
        return answer.body(result);
    }

    /** The first answer again, once the read models show it (a duplicate may arrive before they do). */
    private ResponseEntity<?> replay(IdempotencyKeys.Claim earlier, Class<? extends CommandAnswer> answerType) {
        CommandAnswer result = read(earlier.response(), answerType);
        awaitReadModels(result);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(earlier.status()).header("Idempotent-Replay", "true");
        if (earlier.status() == HttpStatus.CREATED.value()) {
            answer.location(result.location());
        }
        return answer.body(result);
    }

    private void awaitReadModels(CommandAnswer result) {
        acting.awaitReadModels(result::awaitQuery);
    }

    private static ResponseEntity<?> problem(HttpStatus status, String code, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.withCode(status, code, detail));
    }

    private static UUID key(String idempotencyKey) {
        try {
            return UUID.fromString(idempotencyKey.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("Idempotency-Key: '" + idempotencyKey + "' is not a UUID");
        }
    }

    private String hash(String requestPath, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(requestPath.getBytes(StandardCharsets.UTF_8));
            digest.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private String write(CommandAnswer result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <A extends CommandAnswer> A read(String response, Class<A> answerType) {
        try {
            return json.readValue(response, answerType);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
