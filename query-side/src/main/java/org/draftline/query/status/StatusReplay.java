package org.draftline.query.status;

import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.status.DocumentStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A document's status rebuilt from part of its record: where it stood at a past moment. */
public final class StatusReplay {

    private StatusReplay() {
    }

    /** @param events the record in its order, each with its sequence number */
    public static Optional<DocumentStatus> of(List<Sequenced> events, Instant now) {
        StatusRecord status = null;
        for (Sequenced sequenced : events) {
            if (sequenced.event() instanceof DocumentRegistered registered) {
                status = StatusRecord.registered(registered, sequenced.sequence());
            } else if (status != null) {
                status.apply(sequenced.event(), sequenced.sequence());
            }
        }
        return Optional.ofNullable(status).map(record -> record.toView(now));
    }

    public record Sequenced(long sequence, DocumentEvent event) {
    }
}
