package org.draftline.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts come from configuration only: none configured means no start, and no default password. */
class AccountsTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutAccountsTheServerRefusesToStartAndSaysWhy() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DraftlineApplication.class)
                .run("--server.port=0", "--draftline.port=0", "--draftline.data-dir=" + dataDir))
                .hasStackTraceContaining("Draftline has no accounts")
                .hasStackTraceContaining("draftline.accounts[0].username")
                .hasStackTraceContaining("--spring.profiles.active=demo");
    }

    @Test
    void aDelegateWithoutAKnownDelegationIsRefusedAtStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DraftlineApplication.class)
                .run("--server.port=0", "--draftline.port=0", "--draftline.data-dir=" + dataDir,
                        "--draftline.accounts[0].username=someone", "--draftline.accounts[0].password={noop}x",
                        "--draftline.accounts[0].role=DELEGATE", "--draftline.accounts[0].delegation=ATLANTIS"))
                .hasStackTraceContaining("draftline.accounts[0].delegation");
    }

    @Test
    void theDemoProfileBringsItsDocumentedAccounts() {
        try (var application = new SpringApplicationBuilder(DraftlineApplication.class)
                .run("--server.port=0", "--draftline.port=0", "--draftline.data-dir=" + dataDir,
                        "--spring.profiles.active=demo")) {
            int port = ((org.springframework.boot.web.context.WebServerApplicationContext) application)
                    .getWebServer().getPort();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            for (String user : new String[]{"secretariat", "belgium", "qatar", "mexico", "ecuador", "eu", "observer"}) {
                java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/api/documents"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString((user + ":demo").getBytes()))
                        .build();
                assertThat(send(http, request)).as(user).isEqualTo(200);
            }
        }
    }

    private static int send(java.net.http.HttpClient http, java.net.http.HttpRequest request) {
        try {
            return http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
