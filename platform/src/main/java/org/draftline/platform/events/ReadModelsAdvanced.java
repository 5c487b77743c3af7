package org.draftline.platform.events;

/**
 * PostgreSQL announced that read models, of this instance or another on the same database, committed
 * progress (channel {@value AppendNotifications#PROGRESS_CHANNEL}): reads waiting here look again.
 */
public record ReadModelsAdvanced() {
}
