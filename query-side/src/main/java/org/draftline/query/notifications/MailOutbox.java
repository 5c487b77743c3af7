package org.draftline.query.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftline.api.Deadline;
import org.draftline.api.actor.Role;
import org.draftline.api.document.Visibility;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Puts e-mails in the outbox for the accounts that chose a topic (none where no mail server is set). */
@Component
class MailOutbox {

    private final Preferences preferences;
    private final Outbox outbox;
    private final DeliveryQueue deliveries;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ObjectMapper json;
    private final NotificationProperties properties;
    private final Clock clock;

    MailOutbox(Preferences preferences, Outbox outbox, DeliveryQueue deliveries,
               ObjectProvider<JavaMailSender> mailSender, ObjectMapper json, NotificationProperties properties,
               Clock clock) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.mailSender = mailSender;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    boolean mailConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /**
     * One e-mail per account that chose {@code topic}, keyed by {@code key} (the event's id, or the
     * reminder's); observers hear nothing of a members-only document.
     */
    void enqueue(Topic topic, NotifiedDocuments.NotifiedDocument document, String documentId, String summary,
                 Deadline deadline, String key, Long sequence, String eventType) {
        if (!mailConfigured()) {
            return;
        }
        String title = document == null ? documentId : document.title();
        boolean membersOnly = document != null && document.visibility() == Visibility.MEMBERS;
        String link = properties.baseUrl().isBlank() ? null
                : properties.baseUrl().replaceAll("/+$", "") + "/documents/" + documentId;
        for (Preferences.Preference reader : preferences.hearing(topic)) {
            if (membersOnly && reader.role() == Role.OBSERVER) {
                continue;
            }
            Mails.Mail mail = Mails.compose(reader.email(), reader.zone(), topic, documentId, title, summary, deadline,
                    link);
            outbox.toAccount(reader.username(), key, documentId, sequence, eventType, Mails.write(json, mail),
                            clock.instant())
                    .ifPresent(message -> deliveries.schedule(message, clock.instant()));
        }
    }
}
