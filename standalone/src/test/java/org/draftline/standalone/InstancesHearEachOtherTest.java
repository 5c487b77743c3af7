package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.draftline.platform.events.AppendNotifications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Two instances on one PostgreSQL hear of each other's acts through PostgreSQL's {@code LISTEN/NOTIFY}: a
 * read with {@code minSequence} on one answers as soon as the act recorded on the other is read, and a page
 * open on one is told of an act recorded on the other, once, as the recording instance's own pages are.
 * The recording instance answers its commands without waiting for the read models, so that the other's
 * read is what waits.
 */
class InstancesHearEachOtherTest {

    /** A read that waited out its 5 s limit would fail this honestly; a woken one takes milliseconds. */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void anInstanceLearnsAtOnceWhatAnotherRecorded() throws Exception {
        try (DraftlineServer recorder = DraftlineServer.start(first, "--draftline.documents.cache=false",
                DraftlineServer.READ_YOUR_WRITES + "0s")) {
            try (DraftlineServer reader = recorder.startBeside(second, "--draftline.documents.cache=false")) {
                ApiClient onRecorder = recorder.client();
                ApiClient onReader = reader.client();
                String document = "/api/documents/heard-across";
                act(onRecorder, "secretariat", "/api/documents", body("id", "heard-across",
                        "title", "Heard across instances", "kind", "DECISION", "body", "General Assembly"));
                act(onRecorder, "secretariat", document + "/co-facilitators",
                        body("coFacilitators", List.of(body("delegation", "BEL"))));

                aReadOnTheOtherInstanceAnswersOnceTheActIsRead(reader, onRecorder, onReader, document);
                aPageOpenOnEitherInstanceIsToldOnce(recorder, reader, onRecorder, onReader, document);
            }
        }
    }

    private static void aReadOnTheOtherInstanceAnswersOnceTheActIsRead(DraftlineServer reader, ApiClient onRecorder,
                                                                       ApiClient onReader, String document) {
        AppendNotifications heard = reader.application().getBean(AppendNotifications.class);
        long heardBefore = heard.received();
        for (int meeting = 0; meeting < 5; meeting++) {
            long sequence = act(onRecorder, "belgium", document + "/meetings", meeting(meeting));
            long started = System.nanoTime();
            JsonNode history = onReader.get("observer", document + "/history?size=100&minSequence=" + sequence)
                    .body();
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(history.get("totalEntries").asLong()).as("the read shows the act").isEqualTo(sequence + 1);
            assertThat(waited).as("answered promptly").isLessThan(PROMPTLY);
        }
        assertThat(heard.received() - heardBefore).as("PostgreSQL announced each act to the reader")
                .isGreaterThanOrEqualTo(5);
    }

    private static void aPageOpenOnEitherInstanceIsToldOnce(DraftlineServer recorder, DraftlineServer reader,
                                                            ApiClient onRecorder, ApiClient onReader,
                                                            String document) throws Exception {
        BlockingQueue<String> readerPage = new LinkedBlockingQueue<>();
        BlockingQueue<String> recorderPage = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> onReaderStream = PageClient.signedIn(base(reader), "observer")
                .listen("/documents/heard-across/live", readerPage);
        HttpResponse<Stream<String>> onRecorderStream = PageClient.signedIn(base(recorder), "observer")
                .listen("/documents/heard-across/live", recorderPage);
        try {
            assertThat(onReaderStream.statusCode()).isEqualTo(200);
            assertThat(onRecorderStream.statusCode()).isEqualTo(200);
            assertThat(next(readerPage)).isEqualTo("watching heard-across");
            assertThat(next(recorderPage)).isEqualTo("watching heard-across");

            long recordedThere = act(onRecorder, "belgium", document + "/meetings", meeting(10));
            assertThat(next(readerPage)).as("the page on the other instance").isEqualTo("recorded " + recordedThere);
            assertThat(next(recorderPage)).as("the page on the recording instance")
                    .isEqualTo("recorded " + recordedThere);

            // had the recording instance told its page of that act twice (its own commit, and PostgreSQL's
            // announcement, were it to act on its own), the second would come before the next act's
            long recordedHere = act(onReader, "belgium", document + "/meetings", meeting(11));
            assertThat(next(recorderPage)).as("told once, then the next act").isEqualTo("recorded " + recordedHere);
            assertThat(next(readerPage)).as("told once, then the next act").isEqualTo("recorded " + recordedHere);
        } finally {
            onReaderStream.body().close();
            onRecorderStream.body().close();
        }
    }

    private static Map<String, Object> meeting(int number) {
        return body("kind", "CONSULTATION", "title", "Consultation " + number, "heldOn", "2026-11-01");
    }

    private static String base(DraftlineServer server) {
        return "http://localhost:" + server.port();
    }

    private static String next(BlockingQueue<String> page) throws InterruptedException {
        String event = page.poll(30, TimeUnit.SECONDS);
        assertThat(event).as("an event on the page within 30 s").isNotNull();
        return event;
    }
}
