package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.record;
import static org.draftline.standalone.SeedNegotiations.body;

/** Co-facilitators open, extend and reopen the window for written input; late input is refused. */
class InputWindowTest {

    @Test
    void theWindowIsOpenedExtendedAndReopenedAndLateInputRefused() {
        ApiClient api = SharedServer.client();
        String document = "/api/documents/input-window-resolution";
        act(api, "secretariat", "/api/documents", body("id", "input-window-resolution", "title", "Resolution",
                "kind", "RESOLUTION", "body", "General Assembly", "occurredAt", "2017-01-02"));
        act(api, "secretariat", document + "/co-facilitators", body("coFacilitators",
                List.of(body("delegation", "BEL")), "occurredAt", "2017-01-03"));
        record(api, "belgium", document + "/zero-draft", body("text", "PP1 Recalling ...\nOP1 Decides ...",
                "occurredAt", "2017-01-10"));

        record(api, "belgium", document + "/input-window", body("deadline", "2017-01-20T18:00:00-05:00",
                "occurredAt", "2017-01-10T12:00:00Z"));
        record(api, "belgium", document + "/input-window", body("deadline", "2017-01-25T18:00[America/New_York]",
                "occurredAt", "2017-01-15"));
        JsonNode window = api.get("mexico", document).body().get("inputWindow");
        assertThat(window.at("/deadline/utc").asText()).isEqualTo("2017-01-25T23:00:00Z");
        assertThat(window.at("/deadline/zone").asText()).isEqualTo("America/New_York");

        record(api, "mexico", document + "/inputs", body("onDraft", "zero", "comments", "In time",
                "occurredAt", "2017-01-24"));
        ApiClient.Answer late = api.post("secretariat", document + "/inputs", body("onDraft", "zero",
                "comments", "Too late", "occurredAt", "2017-01-26", "recordedFor", body("delegation", "MEX")));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("DEADLINE_PASSED");

        record(api, "belgium", document + "/input-window", body("deadline", "2017-02-05T18:00:00-05:00",
                "occurredAt", "2017-01-30"));
        record(api, "mexico", document + "/inputs", body("onDraft", "zero", "comments", "After the reopening",
                "occurredAt", "2017-02-01"));

        JsonNode types = api.get("observer", document + "/history?from=2017-01-10T12:00:00Z").body().get("entries");
        assertThat(types.findValuesAsText("type")).containsExactly("InputWindowOpened", "InputWindowExtended",
                "InputSubmitted", "InputWindowClosed", "InputWindowReopened", "InputSubmitted");
    }
}
