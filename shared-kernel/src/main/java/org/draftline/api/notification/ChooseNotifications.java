package org.draftline.api.notification;

import java.util.List;

/**
 * Sets the signed-in account's e-mail notifications: its address (none: no mail), its time zone (none:
 * New York) and the topics it hears of. Whose they are comes from the actor the command travels with;
 * the query side checks the fields (400 naming {@code email}, {@code zone} or {@code topics}).
 */
public record ChooseNotifications(String email, String zone, List<String> topics) {

    public ChooseNotifications {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
