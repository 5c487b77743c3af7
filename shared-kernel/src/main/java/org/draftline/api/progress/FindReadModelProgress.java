package org.draftline.api.progress;

/** How far each read model has read the record, and whether a rebuild runs. Answers {@link ReadModelProgress}. */
public record FindReadModelProgress() {
}
