package org.draftline.standalone;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Found by attacking the title search: the {@code Link rel="next"} of a title search must search the same
 * title, whatever characters it holds. A {@code +} left raw in the query reads as a space on the next page,
 * and braces left raw make a request target the server refuses. A cursor made up by the client, with a time
 * no registration can have, is a 400 naming {@code after}, not a failure of the database.
 */
class DocumentListAttacksTest {

    private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");

    private final ApiClient api = SharedServer.client();

    @Test
    void theNextLinkOfATitleSearchSearchesTheSameTitleWhateverItsCharacters() {
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        List<String> searches = List.of(tag + " C++", tag + " {x}", tag + " a&b=c#d/e?f", tag + " 100% \\ é 🌍");
        for (int search = 0; search < searches.size(); search++) {
            String searched = searches.get(search);
            List<String> registered = new ArrayList<>();
            // registered first, so that it comes after the others in the list: a decoy a garbled search would
            // also find (the tag, then spaces where the + stood)
            act(api, "secretariat", "/api/documents", body("id", tag + "-decoy-" + search,
                    "title", tag + " C  decoy {x", "kind", "RESOLUTION", "body", "General Assembly"));
            for (int index = 0; index < 3; index++) {
                String id = "%s-%d-%d".formatted(tag, search, index);
                act(api, "secretariat", "/api/documents", body("id", id, "title", searched + " number " + index,
                        "kind", "RESOLUTION", "body", "General Assembly"));
                registered.add(0, id);
            }
            List<String> seen = new ArrayList<>();
            String path = "/api/documents?size=1&title=" + URLEncoder.encode(searched, StandardCharsets.UTF_8);
            int pages = 0;
            while (path != null && pages++ < 6) {
                ApiClient.Answer page = api.get("observer", path);
                assertThat(page.status()).as("%s: %s -> %s", searched, path, page).isEqualTo(200);
                page.body().forEach(row -> seen.add(row.get("id").asText()));
                String link = page.header("Link");
                if (link == null) {
                    path = null;
                } else {
                    Matcher next = NEXT.matcher(link);
                    assertThat(next.matches()).as(link).isTrue();
                    path = next.group(1);
                }
            }
            assertThat(seen).as(searched).containsExactlyElementsOf(registered);
        }
    }

    @Test
    void aMadeUpCursorWithATimeNoRegistrationHasIsRefusedNamingAfter() {
        for (String time : List.of("-4714-11-24T00:00:00Z", "+294277-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
                "-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z")) {
            String cursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((time + " some-document").getBytes(StandardCharsets.UTF_8));
            ApiClient.Answer refused = api.get("observer", "/api/documents?after=" + cursor);
            assertThat(refused.status()).as(time + " -> " + refused).isEqualTo(400);
            assertThat(refused.body().get("errors").findValuesAsText("field")).as(time).containsExactly("after");
        }
    }

    @Test
    void aTitleSearchWithAnAccentSentAsACombiningMarkFindsTheTitle() {
        String tag = "n" + UUID.randomUUID().toString().substring(0, 8);
        act(api, "secretariat", "/api/documents", body("id", tag + "-nfc", "title", tag + " D\u00e9claration finale",
                "kind", "DECLARATION", "body", "General Assembly"));
        for (String searched : List.of(tag + " De\u0301claration", tag + " de\u0301cla")) {
            ApiClient.Answer found = api.get("observer", "/api/documents?title="
                    + URLEncoder.encode(searched, StandardCharsets.UTF_8));
            assertThat(found.status()).as(searched).isEqualTo(200);
            assertThat(found.body().findValuesAsText("id")).as(searched).containsExactly(tag + "-nfc");
        }
    }
}
