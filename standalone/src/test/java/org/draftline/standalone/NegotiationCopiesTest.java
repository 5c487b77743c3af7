package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.draftline.standalone.SeedNegotiations.DECLARATION;
import static org.draftline.standalone.SeedNegotiations.MODALITIES;

/**
 * The benchmark's generator is itself checked: a copy of a negotiation reads, in every read model, exactly
 * like its original but for the id, and carries new event ids; having no hash chain, it fails the integrity
 * check, as events written in SQL must.
 */
class NegotiationCopiesTest {

    private static final List<String> READS = List.of("", "/history?size=200", "/drafts", "/drafts/zero",
            "/drafts/zero/compilation", "/inputs");

    @TempDir
    Path dataDir;

    @Test
    void copiesReadLikeTheirOriginalsButForTheId() {
        try (DraftlineServer server = DraftlineServer.start(dataDir, "--logging.level.root=warn")) {
            ApiClient api = server.client();
            SeedNegotiations.modalitiesResolution(api);
            SeedNegotiations.politicalDeclaration(api);
            JdbcTemplate jdbc = new JdbcTemplate(server.application().getBean(DataSource.class));
            NegotiationCopies copies = NegotiationCopies.of(jdbc, List.of(MODALITIES, DECLARATION));

            long written = copies.copy(1, 1);

            assertThat(written).isEqualTo(copies.eventsPerRound()).isGreaterThan(20);
            assertThat(jdbc.queryForObject("SELECT count(DISTINCT eventidentifier) FROM domainevententry",
                    Long.class)).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class));
            for (String original : List.of(MODALITIES, DECLARATION)) {
                String copy = NegotiationCopies.copyId(original, 1);
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    for (String read : READS) {
                        assertThat(readAs(api, copy, read)).as("%s%s", copy, read)
                                .isEqualTo(readAs(api, original, read).replace(original, copy));
                    }
                });
                assertThat(api.get("secretariat", "/api/documents/" + original + "/integrity").body()
                        .get("verified").asBoolean()).isTrue();
                JsonNode copyIntegrity = api.get("secretariat", "/api/documents/" + copy + "/integrity").body();
                assertThat(copyIntegrity.get("verified").asBoolean()).as("%s", copyIntegrity).isFalse();
                assertThat(copyIntegrity.get("reason").asText()).isEqualTo("INSERTED");
            }
        }
    }

    private static String readAs(ApiClient api, String document, String read) {
        ApiClient.Answer answer = api.get("secretariat", "/api/documents/" + document + read);
        assertThat(answer.status()).as("%s%s -> %s", document, read, answer).isEqualTo(200);
        return answer.body().toString();
    }
}
