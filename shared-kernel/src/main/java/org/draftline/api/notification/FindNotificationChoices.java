package org.draftline.api.notification;

/** The e-mail notifications {@code username} chose; only that account (the query's reader) may ask. */
public record FindNotificationChoices(String username) {
}
