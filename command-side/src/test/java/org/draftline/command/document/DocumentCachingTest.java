package org.draftline.command.document;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.ehcache.CacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The documents' cache: bounded, held strongly, off when asked. */
class DocumentCachingTest {

    private final DocumentCaching caching = new DocumentCaching();
    private final CacheManager caches = caching.documentCacheManager();

    @AfterEach
    void close() {
        caches.close();
    }

    @Test
    void garbageCollectionLeavesTheCachedDocumentsInPlace() {
        Cache cache = caching.documentCache(true, 100, caches);
        IntStream.range(0, 50).forEach(i -> cache.put("document-" + i, new NegotiatedDocument()));
        for (int i = 0; i < 5; i++) {
            System.gc();
            // memory pressure clears weak references even where System.gc() is a hint
            byte[][] pressure = new byte[64][];
            for (int j = 0; j < pressure.length; j++) {
                pressure[j] = new byte[1 << 20];
            }
        }
        assertThat(IntStream.range(0, 50).filter(i -> cache.containsKey("document-" + i)).count()).isEqualTo(50);
    }

    @Test
    void theCacheHoldsAtMostItsSize() {
        Cache cache = caching.documentCache(true, 10, caches);
        IntStream.range(0, 25).forEach(i -> cache.put("document-" + i, new NegotiatedDocument()));
        assertThat(IntStream.range(0, 25).filter(i -> cache.containsKey("document-" + i)).count()).isEqualTo(10);
    }

    @Test
    void theCacheCanBeTurnedOff() {
        assertThat(caching.documentCache(false, 100, caches)).isSameAs(NoCache.INSTANCE);
        assertThatThrownBy(() -> caching.documentCache(true, 0, caches)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("draftline.documents.cache-size");
    }
}
