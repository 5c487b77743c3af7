package org.draftline.query.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.document.DocumentId;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.platform.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Webhooks: a system of a delegation, of the secretariat or of an observer registers a URL and hears of
 * the events it asks for, signed with the secret it is given once. Each account sees and deletes its own
 * registrations; the secretariat may list all ({@code ?all=true}) and delete any. Observers hear nothing
 * of a members-only document.
 */
@RestController
@RequestMapping("/api/webhooks")
@Tag(name = "Subscriptions", description = "Webhooks: signed deliveries of the events a system asks for")
class WebhookController {

    private static final int MOST_ENTRIES = 1000;
    /** Each event is posted once per matching webhook: without a bound, one account multiplies every delivery. */
    static final int MOST_WEBHOOKS_PER_ACCOUNT = 25;
    private static final int LATEST_DELIVERIES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Webhooks webhooks;
    private final Outbox outbox;
    private final WebhookUrls urls;
    private final Clock clock;

    WebhookController(Webhooks webhooks, Outbox outbox, WebhookUrls urls, Clock clock) {
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.urls = urls;
        this.clock = clock;
    }

    /** {@code events} and {@code documents} left out: every event type, every document. */
    record Registration(String url, List<String> events, List<String> documents) {
    }

    record Registered(UUID id, String secret, String url, List<String> events, List<String> documents,
                      Instant createdAt) {
    }

    record Delivery(String eventId, String type, String document, Long sequence, Outbox.Status status, int attempts,
                    Instant createdAt, Instant lastAttemptAt, Integer lastAnswer, String lastError,
                    Instant finishedAt) {

        static Delivery of(Outbox.Message message) {
            return new Delivery(message.key(), message.eventType(), message.document(), message.sequence(),
                    message.status(), message.attempts(), message.createdAt(), message.lastAttemptAt(),
                    message.lastAnswer(), message.lastError(), message.finishedAt());
        }
    }

    record Listed(UUID id, String owner, String url, List<String> events, List<String> documents,
                  Instant createdAt, List<Delivery> deliveries) {
    }

    record Listing(List<Listed> webhooks) {
    }

    @PostMapping
    @Operation(summary = "Registers a webhook {url, events, documents} (each list optional: all when absent); "
            + "answers {id, secret} once: the secret signs every delivery (Draftline-Signature)")
    ResponseEntity<Registered> register(@RequestBody Registration registration, Actor actor) {
        URI url = urls.validate(registration.url());
        List<String> events = events(registration.events());
        List<String> documents = documents(registration.documents());
        if (webhooks.ownedBy(actor.username()).size() >= MOST_WEBHOOKS_PER_ACCOUNT) {
            throw new InvalidValue("url: this account already has " + MOST_WEBHOOKS_PER_ACCOUNT + " webhooks, the "
                    + "most one account may have; delete one (DELETE /api/webhooks/{id}) before registering another");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Webhooks.Webhook webhook = new Webhooks.Webhook(UUID.randomUUID(), actor.username(), actor.role(),
                url.toString(), "whsec_" + HexFormat.of().formatHex(secret), events, documents, clock.instant());
        webhooks.insert(webhook);
        return ResponseEntity.created(URI.create("/api/webhooks/" + webhook.id())).body(new Registered(webhook.id(),
                webhook.secret(), webhook.url(), events, documents, webhook.createdAt()));
    }

    @GetMapping
    @Operation(summary = "The caller's webhooks with their latest deliveries and their status; "
            + "the secretariat lists every account's with ?all=true")
    Listing list(Actor actor, @RequestParam(defaultValue = "false") boolean all) {
        if (all && !actor.is(Role.SECRETARIAT)) {
            throw new RuleViolation(NegotiationRule.NOT_SECRETARIAT, "only the secretariat lists every account's webhooks");
        }
        List<Webhooks.Webhook> found = all ? webhooks.all() : webhooks.ownedBy(actor.username());
        return new Listing(found.stream().map(this::listed).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One webhook with its latest deliveries (its owner, or the secretariat)")
    Listed one(@PathVariable String id, Actor actor) {
        return listed(mine(id, actor));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deletes a webhook and what it still had to deliver (its owner, or the secretariat)")
    ResponseEntity<Void> delete(@PathVariable String id, Actor actor) {
        webhooks.delete(mine(id, actor).id());
        return ResponseEntity.noContent().build();
    }

    /** Another account's webhook is not found rather than forbidden: its existence is none of the caller's business. */
    private Webhooks.Webhook mine(String id, Actor actor) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw unknown(id);
        }
        return webhooks.find(uuid)
                .filter(webhook -> webhook.owner().equals(actor.username()) || actor.is(Role.SECRETARIAT))
                .orElseThrow(() -> unknown(id));
    }

    private static NotFound unknown(String id) {
        return new NotFound("UNKNOWN_WEBHOOK", "no webhook of yours has the id '" + id + "'");
    }

    private Listed listed(Webhooks.Webhook webhook) {
        return new Listed(webhook.id(), webhook.owner(), webhook.url(), webhook.events(), webhook.documents(),
                webhook.createdAt(), outbox.latest(webhook.id(), LATEST_DELIVERIES).stream().map(Delivery::of).toList());
    }

    private static List<String> events(List<String> events) {
        if (events == null) {
            return null;
        }
        if (events.isEmpty() || events.size() > MOST_ENTRIES) {
            throw new InvalidValue("events: name 1 to " + MOST_ENTRIES + " event types, or leave it out for all");
        }
        for (String type : events) {
            if (type == null || !EventTypes.ALL.contains(type)) {
                throw new InvalidValue("events: '" + type + "' is no event type; the types are " + EventTypes.ALL);
            }
        }
        return List.copyOf(new LinkedHashSet<>(events));
    }

    private static List<String> documents(List<String> documents) {
        if (documents == null) {
            return null;
        }
        if (documents.isEmpty() || documents.size() > MOST_ENTRIES) {
            throw new InvalidValue("documents: name 1 to " + MOST_ENTRIES + " documents, or leave it out for all");
        }
        for (String document : documents) {
            try {
                new DocumentId(document);
            } catch (InvalidValue invalid) {
                throw new InvalidValue("documents: " + invalid.reason());
            }
        }
        return List.copyOf(new LinkedHashSet<>(documents));
    }
}
