package org.draftline.query.progress;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.draftline.api.document.DocumentId;
import org.junit.jupiter.api.AfterEach;
import org.draftline.platform.events.OwnNotifications;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A read waiting for the read models asks the progress table when it starts (unless this process's read
 * models follow the document) and when PostgreSQL announces progress, but not after each batch this
 * process commits: those it learns from {@link KnownProgress}, which heard of them before the signal.
 * The table here is a stand-in that counts the questions and always says "not yet"; the re-check is an
 * hour, so no question is asked for lack of news.
 */
class ProjectionProgressTest {

    private static final DocumentId DOCUMENT = DocumentId.of("waited-on");
    private static final Duration NO_RECHECK = Duration.ofHours(1);

    private final JdbcTemplate table = mock(JdbcTemplate.class);
    private final ProgressSignal signal = new ProgressSignal();
    private final KnownProgress known = new KnownProgress();
    private final ProgressRecorder recorder = new ProgressRecorder(mock(JdbcTemplate.class),
            new BatchWrites(mock(JdbcTemplate.class), new ReplayIndexes(mock(JdbcTemplate.class)),
                    mock(PlatformTransactionManager.class)), signal, known,
            new OwnNotifications());
    private final ProjectionProgress progress = new ProjectionProgress(table, signal, known,
            List.of("documents", "history"), NO_RECHECK);
    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    ProjectionProgressTest() {
        when(table.queryForObject(anyString(), eq(Integer.class), any(Object[].class))).thenReturn(0);
    }

    @AfterEach
    void stop() {
        reader.shutdownNow();
    }

    @Test
    void batchesOfThisProcessAreLearntWithoutAskingTheTable() throws Exception {
        CompletableFuture<Boolean> answered = waitFor(7);
        awaitTableAsked(1);
        for (long sequence = 0; sequence < 7; sequence++) {
            commit("documents", sequence);
            commit("history", sequence);
        }
        assertThat(answered).as("not before both read models reached 7").isNotDone();
        commit("documents", 7);
        commit("history", 7);

        assertThat(answered.get(30, TimeUnit.SECONDS)).isTrue();
        verify(table, times(1)).queryForObject(anyString(), eq(Integer.class), any(Object[].class));
    }

    @Test
    void aDocumentThisProcessFollowsIsAwaitedWithoutAskingTheTableAtAll() throws Exception {
        commit("documents", 0);
        commit("history", 0);
        CompletableFuture<Boolean> answered = waitFor(1);
        commit("documents", 1);
        assertThat(answered).as("not before both read models reached 1").isNotDone();
        commit("history", 1);

        assertThat(answered.get(30, TimeUnit.SECONDS)).isTrue();
        verify(table, times(0)).queryForObject(anyString(), eq(Integer.class), any(Object[].class));
    }

    @Test
    void aDocumentOnlyOneReadModelFollowsIsAskedOfTheTableFirst() throws Exception {
        commit("documents", 0);
        CompletableFuture<Boolean> answered = waitFor(1);
        awaitTableAsked(1);
        commit("documents", 1);
        commit("history", 1);

        assertThat(answered.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void progressPostgresAnnouncesIsAskedOfTheTable() throws Exception {
        CompletableFuture<Boolean> answered = waitFor(3);
        awaitTableAsked(1);
        when(table.queryForObject(anyString(), eq(Integer.class), any(Object[].class))).thenReturn(2);
        signal.announced();

        assertThat(answered.get(30, TimeUnit.SECONDS)).isTrue();
        verify(table, times(2)).queryForObject(anyString(), eq(Integer.class), any(Object[].class));
    }

    @Test
    void withoutNewsTheTableIsAskedAgainAfterTheRecheck() throws Exception {
        ProjectionProgress rechecking = new ProjectionProgress(table, signal, known, List.of("documents"),
                Duration.ofMillis(10));
        assertThat(rechecking.await(DOCUMENT, 3, Duration.ofMillis(200))).isFalse();
        verify(table, atLeast(2)).queryForObject(anyString(), eq(Integer.class), any(Object[].class));
    }

    private CompletableFuture<Boolean> waitFor(long sequence) {
        return CompletableFuture.supplyAsync(() -> progress.await(DOCUMENT, sequence, Duration.ofMinutes(1)), reader);
    }

    private void awaitTableAsked(int times) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (mockingDetailsCount() < times && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(mockingDetailsCount()).as("the wait asked the table when it started").isEqualTo(times);
    }

    private long mockingDetailsCount() {
        return org.mockito.Mockito.mockingDetails(table).getInvocations().stream()
                .filter(invocation -> invocation.getMethod().getName().equals("queryForObject")).count();
    }

    private void commit(String projection, long sequence) {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        recorder.advance(projection, DOCUMENT, sequence);
        batch.commit();
    }
}
