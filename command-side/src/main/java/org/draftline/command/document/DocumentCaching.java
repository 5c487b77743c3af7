package org.draftline.command.document;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.caching.NoCache;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps loaded documents in memory, so a command does not replay the document's whole record. A cached
 * document is only current while this instance is the only one writing it: a single standalone instance,
 * or instances behind Axon Server, which routes each document's commands to one of them. Several
 * standalone instances sharing one PostgreSQL must turn it off ({@code draftline.documents.cache=false}),
 * or one would judge a command against a document another has moved on.
 * <p>
 * The cache holds at most {@code draftline.documents.cache-size} documents, strongly (Ehcache's heap store
 * through Axon's {@link EhCache3Adapter}), evicting less recently used ones beyond that: a weak-reference
 * cache loses a document at any garbage collection that finds nothing else holding it.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCaching {

    static final String NAME = "documentCache";

    @Bean(destroyMethod = "close")
    CacheManager documentCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean(NAME)
    Cache documentCache(@Value("${draftline.documents.cache:true}") boolean enabled,
                        @Value("${draftline.documents.cache-size:1000}") int size, CacheManager caches) {
        if (!enabled) {
            return NoCache.INSTANCE;
        }
        if (size < 1) {
            throw new IllegalArgumentException("draftline.documents.cache-size must be at least 1, not " + size);
        }
        return new EhCache3Adapter((Ehcache<Object, Object>) caches.createCache(NAME,
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(size))));
    }
}
