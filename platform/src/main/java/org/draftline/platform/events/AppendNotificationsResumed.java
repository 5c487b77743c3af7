package org.draftline.platform.events;

/**
 * Listening for appended events started again after the connection was lost: whatever was appended
 * meanwhile was announced to nobody here, so a listener looks for itself once.
 */
public record AppendNotificationsResumed() {
}
