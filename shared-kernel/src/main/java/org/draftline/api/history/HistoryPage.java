package org.draftline.api.history;

import java.util.List;

public record HistoryPage(List<HistoryEntry> entries, int page, int size, long totalEntries, int totalPages) {
}
