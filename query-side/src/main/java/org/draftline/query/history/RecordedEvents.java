package org.draftline.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentId;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.history.HistoryPage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's record as the audit trail holds it, each entry with the event it stands for, read back
 * from the entry's details: what the reports are generated from, as of any real-world time.
 */
@Component
public class RecordedEvents {

    /** One act on the record: the audit entry and its event. */
    public record Recorded(HistoryEntry entry, DocumentEvent event) {
    }

    private final HistoryTable table;
    private final ObjectMapper json;

    RecordedEvents(HistoryTable table, ObjectMapper json) {
        this.table = table;
        this.json = json;
    }

    /** Every act on the record up to {@code asOf} (all of them when null), in the record's order. */
    public List<Recorded> of(DocumentId documentId, Instant asOf) {
        List<Recorded> recorded = new ArrayList<>();
        for (int page = 0; ; page++) {
            HistoryPage entries = table.find(new FindHistory(documentId, null, null, null, null, asOf, page,
                    FindHistory.MAX_PAGE_SIZE));
            for (HistoryEntry entry : entries.entries()) {
                recorded.add(new Recorded(entry, event(documentId, entry)));
            }
            if (page + 1 >= entries.totalPages()) {
                return recorded;
            }
        }
    }

    private DocumentEvent event(DocumentId documentId, HistoryEntry entry) {
        Map<String, Object> fields = new HashMap<>(entry.details());
        fields.put("documentId", documentId.value());
        try {
            Class<?> type = Class.forName(DocumentEvent.class.getName() + "$" + entry.type());
            return (DocumentEvent) org.draftline.api.Recorded.read(() -> json.convertValue(fields, type));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the audit trail holds an unknown event type " + entry.type(), e);
        }
    }
}
