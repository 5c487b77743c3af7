package org.draftline.command.integrity;

import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.integrity.FindGroupIntegrity;
import org.draftline.api.integrity.FindIntegrity;
import org.draftline.api.integrity.FindSigningKey;
import org.draftline.api.integrity.IntegrityCheck;
import org.draftline.api.integrity.SigningKey;

import java.util.Optional;

/** Answers integrity queries on the side that holds the event store, for the API, the reports and the export. */
class IntegrityQueries {

    private final RecordIntegrity integrity;
    private final HeadSigningKey key;

    IntegrityQueries(RecordIntegrity integrity, HeadSigningKey key) {
        this.integrity = integrity;
        this.key = key;
    }

    @QueryHandler
    Optional<IntegrityCheck> handle(FindIntegrity query) {
        return integrity.checkAndSign(query.documentId().value());
    }

    @QueryHandler
    Optional<IntegrityCheck> handle(FindGroupIntegrity query) {
        return integrity.checkAndSign(query.group().code());
    }

    @QueryHandler
    SigningKey handle(FindSigningKey query) {
        return key.publicKey();
    }
}
