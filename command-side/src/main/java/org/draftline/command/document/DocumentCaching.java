package org.draftline.command.document;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps loaded documents in memory, so a command does not replay the document's whole record. A cached
 * document that another instance changed meanwhile fails its append on the (aggregate, sequence) index,
 * answers 409, and is dropped from the cache; the retry loads it afresh.
 */
@Configuration
class DocumentCaching {

    static final String NAME = "documentCache";

    @Bean(NAME)
    Cache documentCache() {
        return new WeakReferenceCache();
    }
}
