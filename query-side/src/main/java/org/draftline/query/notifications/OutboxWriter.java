package org.draftline.query.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.draftline.api.Deadline;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.InputWindowExtended;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.InputWindowReopened;
import org.draftline.api.document.DocumentEvent.SilenceExtended;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.document.Visibility;
import org.draftline.query.history.HistorySummary;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every document event, in its own tracking processor ({@value #NAME}), and writes the messages it
 * calls for into the outbox, with their delivery tasks, in the transaction that also stores the
 * processor's token: an event is turned into messages exactly once (a batch read again after a failure
 * rolls back whole, and the outbox's unique keys refuse a second copy), and nothing is sent before the
 * event and its messages are committed. It is no read model: a rebuild of the read models never resets
 * it, so nothing is sent twice by a rebuild.
 */
@Component
@ProcessingGroup(OutboxWriter.NAME)
class OutboxWriter {

    static final String NAME = "notifications";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final NotifiedDocuments documents;
    private final Webhooks webhooks;
    private final Outbox outbox;
    private final DeliveryQueue deliveries;
    private final MailOutbox mails;
    private final Reminders reminders;
    private final ObjectMapper json;
    private final Clock clock;

    OutboxWriter(NotifiedDocuments documents, Webhooks webhooks, Outbox outbox, DeliveryQueue deliveries,
                 MailOutbox mails, Reminders reminders, ObjectMapper json, Clock clock) {
        this.documents = documents;
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.mails = mails;
        this.reminders = reminders;
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    void on(DocumentEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt, MetaData metaData) {
        documents.apply(event);
        String document = event.documentId().value();
        String type = EventTypes.of(event);
        Actor actor = metaData.containsKey(Actor.USERNAME) ? Actor.fromMetaData(metaData) : Actor.SYSTEM;
        String summary = HistorySummary.of(event, by(actor));
        List<Webhooks.Webhook> hearing = webhooks.hearing(type, document, recordedAt);
        var topic = Topic.of(event);
        NotifiedDocuments.NotifiedDocument notified = hearing.isEmpty() && topic.isEmpty() ? null
                : documents.find(document).orElse(null);
        if (!hearing.isEmpty()) {
            boolean membersOnly = notified != null && notified.visibility() == Visibility.MEMBERS;
            String body = body(event, message.getIdentifier(), type, sequence, recordedAt, actor, summary);
            for (Webhooks.Webhook webhook : hearing) {
                if (membersOnly && webhook.ownerRole() == Role.OBSERVER) {
                    continue;
                }
                outbox.toWebhook(webhook.id(), message.getIdentifier(), document, sequence, type, body, clock.instant())
                        .ifPresent(id -> deliveries.schedule(id, clock.instant()));
            }
        }
        topic.ifPresent(chosen -> mails.enqueue(chosen, notified, document, summary, deadlineOf(event),
                message.getIdentifier(), sequence, type));
        reminders.on(event, recordedAt);
    }

    /** What a webhook receives: the event's id, type, document, sequence, times, actor and a summary of it. */
    private String body(DocumentEvent event, String eventId, String type, long sequence, Instant recordedAt,
                        Actor actor, String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", type);
        body.put("document", event.documentId().value());
        body.put("sequence", sequence);
        body.put("occurredAt", event.occurredAt());
        body.put("recordedAt", recordedAt);
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("username", actor.username());
        by.put("role", actor.role());
        by.put("delegation", actor.delegation() == null ? null : actor.delegation().code());
        by.put("person", actor.person());
        by.put("recordedBy", actor.recordedBy());
        body.put("actor", by);
        body.put("summary", summary);
        Map<String, Object> payload = json.convertValue(event, FIELDS);
        payload.remove("documentId");
        // a draft's whole text stays behind the API; the webhook tells that it was circulated
        payload.remove("text");
        body.put("payload", payload);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook's body could not be written", e);
        }
    }

    private static Deadline deadlineOf(DocumentEvent event) {
        if (event instanceof SilenceStarted started) {
            return started.deadline();
        }
        if (event instanceof SilenceExtended extended) {
            return extended.deadline();
        }
        if (event instanceof InputWindowOpened opened) {
            return opened.deadline();
        }
        if (event instanceof InputWindowExtended extended) {
            return extended.deadline();
        }
        if (event instanceof InputWindowReopened reopened) {
            return reopened.deadline();
        }
        return null;
    }

    /** Who acted, as the audit trail's summaries name them. */
    private static String by(Actor actor) {
        if (actor.delegation() != null) {
            return actor.delegation().name();
        }
        return actor.is(Role.SECRETARIAT) ? "The secretariat" : "Draftline";
    }
}
