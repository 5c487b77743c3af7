package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * The document list pages by keyset: a walk along the {@code Link rel="next"} headers meets every
 * document once, most recently registered first and by id among those registered at the same time;
 * the dashboard pages the same way and keeps its filters on the next page.
 */
class DocumentListPagingTest {

    private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");
    private static final Pattern PAGE_NEXT = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"");
    private static final Pattern CARD = Pattern.compile("href=\"/documents/(paged-\\d\\d)\"");
    private static final String COUNCIL = "Human Rights Council";

    private static DraftlineServer server;
    private static ApiClient api;
    /** The documents in the order the list must give them, worked out here from what was registered. */
    private static final List<Registered> expected = new ArrayList<>();

    record Registered(String id, String day, String body) {
    }

    @BeforeAll
    static void registerTwentyFiveDocuments() throws IOException {
        server = DraftlineServer.start(Files.createTempDirectory("draftline-paging"));
        api = server.client();
        for (int index = 0; index < 25; index++) {
            // two documents a day, so that pages must break ties between equal registration times by id
            String id = "paged-%02d".formatted(index);
            String day = "2017-01-%02d".formatted(1 + index / 2);
            String body = index % 3 == 0 ? COUNCIL : "General Assembly";
            act(api, "secretariat", "/api/documents", body("id", id, "title", "Paged " + index, "kind", "RESOLUTION",
                    "body", body, "occurredAt", day));
            expected.add(new Registered(id, day, body));
        }
        expected.sort(Comparator.comparing(Registered::day).reversed().thenComparing(Registered::id));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String nextOf(ApiClient.Answer answer) {
        String link = answer.header("Link");
        if (link == null) {
            return null;
        }
        Matcher next = NEXT.matcher(link);
        assertThat(next.matches()).as(link).isTrue();
        return next.group(1);
    }

    /** The ids met and the sizes of the pages met walking the {@code Link rel="next"} headers from {@code path}. */
    private record Walk(List<String> seen, List<Integer> sizes) {

        static Walk from(String path) {
            Walk walk = new Walk(new ArrayList<>(), new ArrayList<>());
            while (path != null) {
                ApiClient.Answer page = api.get("observer", path);
                assertThat(page.status()).as(page.toString()).isEqualTo(200);
                walk.sizes.add(page.body().size());
                page.body().forEach(row -> walk.seen.add(row.get("id").asText()));
                path = nextOf(page);
                assertThat(walk.sizes).as("pages so far").hasSizeLessThan(10);
            }
            return walk;
        }
    }

    @Test
    void pagesOfTenFollowingTheNextLinkMeetEveryDocumentOnceInOrder() {
        Walk walk = Walk.from("/api/documents?size=10");
        assertThat(walk.sizes()).containsExactly(10, 10, 5);
        assertThat(walk.seen()).containsExactlyElementsOf(expected.stream().map(Registered::id).toList());
    }

    @Test
    void aFirstPageWithoutSizeHoldsUpToOneHundredAndNoNextLink() {
        ApiClient.Answer all = api.get("observer", "/api/documents");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().size()).isEqualTo(25);
        assertThat(all.header("Link")).isNull();
        JsonNode first = all.body().get(0);
        assertThat(first.get("id").asText()).isEqualTo(expected.get(0).id());
        assertThat(first.has("title") && first.has("kind") && first.has("stage") && first.has("coFacilitators")).isTrue();
    }

    @Test
    void aPageExactlyAtTheEndHasNoNextLink() {
        ApiClient.Answer first = api.get("observer", "/api/documents?size=20");
        ApiClient.Answer last = api.get("observer", nextOf(first));
        assertThat(last.body().size()).isEqualTo(5);
        assertThat(last.header("Link")).isNull();
        ApiClient.Answer whole = api.get("observer", "/api/documents?size=25");
        assertThat(whole.body().size()).isEqualTo(25);
        assertThat(whole.header("Link")).isNull();
    }

    @Test
    void sizesOutsideOneToOneThousandAndForeignCursorsAreRefusedNamingTheField() {
        for (String bad : List.of("size=0", "size=1001", "size=abc", "size=-1")) {
            ApiClient.Answer refused = api.get("observer", "/api/documents?" + bad);
            assertThat(refused.status()).as(bad + " -> " + refused).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body().get("errors").findValuesAsText("field")).as(bad).containsExactly("size");
        }
        assertThat(api.get("observer", "/api/documents?size=1000").status()).isEqualTo(200);
        for (String bad : List.of("not-a-cursor", "%25%25", "MjAxNw", "bm90IGEgY3Vyc29y")) {
            ApiClient.Answer refused = api.get("observer", "/api/documents?size=10&after=" + bad);
            assertThat(refused.status()).as(bad + " -> " + refused).isEqualTo(400);
            assertThat(refused.body().get("errors").findValuesAsText("field")).as(bad).containsExactly("after");
        }
    }

    @Test
    void aTitleSearchMatchesPartOfTheTitleInAnyCaseTakesWildcardsLiterallyAndPagesWithIt() {
        Walk walk = Walk.from("/api/documents?size=5&title=pAGED+1");
        List<String> titledOne = expected.stream().map(Registered::id)
                .filter(id -> id.equals("paged-01") || id.startsWith("paged-1")).toList();
        assertThat(walk.sizes()).containsExactly(5, 5, 1);
        assertThat(walk.seen()).containsExactlyElementsOf(titledOne);
        for (String literal : List.of("%25", "_", "Paged%5C", "Paged+_")) {
            ApiClient.Answer none = api.get("observer", "/api/documents?title=" + literal);
            assertThat(none.status()).as(literal).isEqualTo(200);
            assertThat(none.body().size()).as(literal).isZero();
        }
        for (String bad : List.of("Paged%00", "Paged%0A1", "x".repeat(201))) {
            ApiClient.Answer refused = api.get("observer", "/api/documents?title=" + bad);
            assertThat(refused.status()).as(bad + " -> " + refused).isEqualTo(400);
            assertThat(refused.body().get("errors").findValuesAsText("field")).as(bad).containsExactly("title");
        }
        String dashboard = PageClient.signedIn(api.base(), "observer").page("/?title=paged+2");
        List<String> cards = new ArrayList<>();
        Matcher card = CARD.matcher(dashboard);
        while (card.find()) {
            if (!cards.contains(card.group(1))) {
                cards.add(card.group(1));
            }
        }
        assertThat(cards).containsExactlyElementsOf(expected.stream().map(Registered::id)
                .filter(id -> id.equals("paged-02") || id.startsWith("paged-2")).toList());
    }

    @Test
    void theDashboardPagesByItsNextLinkAndKeepsItsFilter() {
        PageClient observer = PageClient.signedIn(api.base(), "observer");
        List<String> seen = new ArrayList<>();
        String path = "/?body=Human+Rights+Council&size=3";
        int pages = 0;
        while (path != null) {
            String page = observer.page(path);
            pages++;
            Matcher card = CARD.matcher(page);
            List<String> onThisPage = new ArrayList<>();
            while (card.find()) {
                if (!onThisPage.contains(card.group(1))) {
                    onThisPage.add(card.group(1));
                }
            }
            assertThat(onThisPage).as(path).hasSizeBetween(1, 3);
            seen.addAll(onThisPage);
            Matcher next = PAGE_NEXT.matcher(page);
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
            if (path != null) {
                assertThat(path).contains("body=Human").contains("size=3").contains("after=");
            }
            assertThat(pages).isLessThan(10);
        }
        List<String> council = expected.stream().filter(document -> document.body().equals(COUNCIL))
                .map(Registered::id).toList();
        assertThat(council).hasSize(9);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(council);
    }

    @Test
    void theDashboardRefusesABadSizeOrCursorWithAPageNotAFailure() {
        PageClient observer = PageClient.signedIn(api.base(), "observer");
        for (String bad : List.of("/?size=abc", "/?size=0", "/?size=1001", "/?after=not-a-cursor")) {
            assertThat(observer.get(bad).statusCode()).as(bad).isEqualTo(400);
        }
    }
}
