package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.draftline.api.document.DocumentId;
import org.draftline.query.progress.ProjectionProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.DECLARATION;
import static org.draftline.standalone.SeedNegotiations.MODALITIES;

/** The record survives a restart, and read models rebuilt from the events answer exactly as before. */
class DurabilityTest {

    @TempDir
    Path dataDir;

    /** Every read of the API on the two seed documents, as a client sees it. */
    private static Map<String, JsonNode> everyAnswer(ApiClient api) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        answers.put("/api/documents", api.get("observer", "/api/documents").body());
        answers.put("/api/groups/G77", api.get("observer", "/api/groups/G77").body());
        for (String document : List.of(MODALITIES, DECLARATION)) {
            String base = "/api/documents/" + document;
            for (String path : List.of("", "/history?size=500", "/history?delegation=G77",
                    "/history?asOf=2017-03-05&size=500", "/drafts", "/drafts/zero", "/drafts/rev1", "/drafts/final",
                    "/inputs", "/inputs?paragraph=OP2", "/drafts/zero/compilation", "/drafts/zero/compare?with=rev1",
                    "/reports/timeline?format=json&generatedAt=2026-01-01T00:00:00Z",
                    "/reports/participation?format=json&generatedAt=2026-01-01T00:00:00Z",
                    "/reports/silence?format=json&generatedAt=2026-01-01T00:00:00Z&asOf=2017-08-30")) {
                ApiClient.Answer answer = api.get("observer", base + path);
                assertThat(answer.status()).as(base + path).isEqualTo(200);
                answers.put(base + path, answer.body());
            }
        }
        return answers;
    }

    @Test
    void aRestartKeepsEveryAnswer() {
        try (DraftlineServer server = DraftlineServer.start(dataDir)) {
            SeedNegotiations.modalitiesResolution(server.client());
            SeedNegotiations.politicalDeclaration(server.client());
            Map<String, JsonNode> before = everyAnswer(server.client());

            server.restart();

            assertThat(everyAnswer(server.client())).isEqualTo(before);
            ApiClient.Answer next = server.client().post("secretariat", "/api/documents/" + DECLARATION
                    + "/supporting-documents", SeedNegotiations.body("kind", "OTHER", "title", "After the restart"));
            assertThat(next.status()).isEqualTo(200);
            assertThat(next.sequence()).isEqualTo(before.get("/api/documents/" + DECLARATION).get("sequence").asLong() + 1);
        }
    }

    @Test
    void rebuiltReadModelsAnswerExactlyAsBefore() {
        try (DraftlineServer server = DraftlineServer.start(dataDir)) {
            SeedNegotiations.modalitiesResolution(server.client());
            SeedNegotiations.politicalDeclaration(server.client());
            Map<String, JsonNode> before = everyAnswer(server.client());

            EventProcessingConfiguration processing = server.application().getBean(EventProcessingConfiguration.class);
            List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                    .toList();
            assertThat(List.of("document-status", "history", "drafts", "inputs", "compilation", "groups"))
                    .as("the five document read models and the groups, each run by a processor")
                    .allSatisfy(readModel -> assertThat(processors)
                            .contains(processing.eventProcessorByProcessingGroup(readModel, StreamingEventProcessor.class)
                                    .orElseThrow()));
            processors.forEach(StreamingEventProcessor::shutDown);
            processors.forEach(StreamingEventProcessor::resetTokens);
            assertThat(server.client().get("observer", "/api/documents").body()).isEmpty();
            processors.forEach(StreamingEventProcessor::start);

            ProjectionProgress progress = server.application().getBean(ProjectionProgress.class);
            for (String document : List.of(MODALITIES, DECLARATION)) {
                long last = before.get("/api/documents/" + document).get("sequence").asLong();
                assertThat(progress.await(DocumentId.of(document), last, Duration.ofSeconds(60))).isTrue();
            }
            assertThat(progress.await("groups", "G77", 0, Duration.ofSeconds(60))).isTrue();
            assertThat(everyAnswer(server.client())).isEqualTo(before);
        }
    }
}
