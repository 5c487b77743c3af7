package org.draftline.command.web;

import org.draftline.api.document.DocumentId;
import org.draftline.api.progress.AwaitProjections;

import java.net.URI;
import java.time.Duration;

/** The answer to a command: which document, and its event sequence number after the command. */
record CommandResult(String documentId, long sequence) implements CommandAnswer {

    @Override
    public Object awaitQuery(Duration timeout) {
        return new AwaitProjections(DocumentId.of(documentId), sequence, timeout);
    }

    @Override
    public URI location() {
        return URI.create("/api/documents/" + documentId);
    }
}
