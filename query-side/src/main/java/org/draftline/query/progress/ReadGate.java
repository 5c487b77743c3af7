package org.draftline.query.progress;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.draftline.api.InvalidValue;
import org.draftline.api.document.DocumentId;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.FindDocument;
import org.draftline.platform.web.NotFound;
import org.draftline.platform.web.WaitingReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * What every read of one document does first: wait for the sequence the client last saw
 * ({@code minSequence}), bounded in time and in how many wait at once ({@link WaitingReads}), and answer
 * 404 for a document the record does not hold.
 */
@Component
public class ReadGate {

    private final QueryGateway queries;
    private final ProjectionProgress progress;
    private final WaitingReads waits;
    private final Duration timeout;

    ReadGate(QueryGateway queries, ProjectionProgress progress, WaitingReads waits,
             @Value("${draftline.read-your-writes-timeout:2s}") Duration timeout) {
        this.queries = queries;
        this.progress = progress;
        this.waits = waits;
        this.timeout = timeout;
    }

    /** Waits for {@code minSequence} of the document, then answers its status, or 404 for a document never registered. */
    public DocumentStatus open(String id, Long minSequence) {
        DocumentId documentId = DocumentId.of(id);
        await(documentId, minSequence);
        return queries.query(new FindDocument(documentId), ResponseTypes.optionalInstanceOf(DocumentStatus.class))
                .join()
                .orElseThrow(() -> new NotFound(NegotiationRule.UNKNOWN_DOCUMENT.name(),
                        "no document '" + id + "' is registered"));
    }

    /**
     * Only waits for {@code minSequence} of the document, for a read whose own answer tells a document
     * never registered (then {@link #open} says so).
     */
    public void await(DocumentId documentId, Long minSequence) {
        if (minSequence != null) {
            if (minSequence < 0) {
                throw new InvalidValue("minSequence: numbered from 0");
            }
            if (!progress.reached(documentId, minSequence)) {
                try (WaitingReads.Permit place = waits.admit()) {
                    progress.await(documentId, minSequence, timeout);
                }
            }
        }
    }

    public <T> T answer(Object query, Class<T> type) {
        return queries.query(query, type).join();
    }

    public <T> Optional<T> answerOptional(Object query, Class<T> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }

    public <T> java.util.List<T> answerList(Object query, Class<T> type) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }
}
