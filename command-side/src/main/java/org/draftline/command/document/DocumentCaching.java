package org.draftline.command.document;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps loaded documents in memory, so a command does not replay the document's whole record. A cached
 * document is only current while this instance is the only one writing it: a single standalone instance,
 * or instances behind Axon Server, which routes each document's commands to one of them. Several
 * standalone instances sharing one PostgreSQL must turn it off ({@code draftline.documents.cache=false}),
 * or one would judge a command against a document another has moved on.
 */
@Configuration
class DocumentCaching {

    static final String NAME = "documentCache";

    @Bean(NAME)
    Cache documentCache(@Value("${draftline.documents.cache:true}") boolean enabled) {
        return enabled ? new WeakReferenceCache() : NoCache.INSTANCE;
    }
}
