package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile's example speaks for the G77 through Ecuador, so it records Ecuador's mandate first. */
class DemoMandatesTest {

    @TempDir
    Path dataDir;

    @Test
    void theDemoRecordsTheMandatesItsExampleNeeds() throws Exception {
        try (var application = new SpringApplicationBuilder(DraftlineApplication.class)
                .run("--server.port=0", "--draftline.port=0", "--draftline.data-dir=" + dataDir,
                        "--spring.profiles.active=demo")) {
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            JsonNode g77 = get(port, "/api/groups/G77?minSequence=0");
            assertThat(g77.path("mandates").findValuesAsText("delegation")).as(g77.toString()).containsExactly("ECU");
            JsonNode inputs = get(port, "/api/documents/example-ocean-data-declaration/inputs?delegation=G77");
            assertThat(inputs.findValuesAsText("onBehalfOf")).as(inputs.toString()).containsExactly("G77");
        }
    }

    private static JsonNode get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("observer:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
