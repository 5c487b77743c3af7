package org.draftline.api.draft;

import java.time.Instant;

public record DraftSummary(DraftLabel label, String name, Instant circulatedAt, int paragraphs) {
}
