package org.draftline.api.draft;

import java.time.Instant;
import java.util.List;

/** A draft version as circulated: its exact text and the paragraphs read from it. */
public record DraftVersion(DraftLabel label, String name, Instant circulatedAt, String title, String chapeau,
                           List<Paragraph> paragraphs, String text) {
}
