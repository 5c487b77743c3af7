package org.draftline.query.integrity;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.draftline.api.document.DocumentId;
import org.draftline.api.integrity.FindIntegrity;
import org.draftline.api.integrity.IntegrityCheck;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Asks the side that holds the event store for a document's integrity check, through the query gateway.
 * Where no one answers (events kept by Axon Server, which keeps no chain), there is none to print.
 */
@Component
public class IntegrityChecks {

    private final QueryGateway queries;

    IntegrityChecks(QueryGateway queries) {
        this.queries = queries;
    }

    /** The check; empty for a document the store does not hold, or where no chain is kept. */
    public Optional<IntegrityCheck> of(DocumentId documentId) {
        try {
            return queries.query(new FindIntegrity(documentId), ResponseTypes.optionalInstanceOf(IntegrityCheck.class))
                    .join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof NoHandlerForQueryException) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
