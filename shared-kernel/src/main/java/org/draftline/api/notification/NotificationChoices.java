package org.draftline.api.notification;

import java.util.List;

/**
 * An account's e-mail notifications: its address, its zone, the topics chosen, every topic there is, and
 * whether this Draftline has a mail server to send them with.
 */
public record NotificationChoices(String email, String zone, List<String> topics, List<String> availableTopics,
                                  boolean mailSent) {

    public NotificationChoices {
        topics = List.copyOf(topics);
        availableTopics = List.copyOf(availableTopics);
    }
}
