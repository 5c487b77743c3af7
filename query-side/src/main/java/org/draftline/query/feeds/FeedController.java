package org.draftline.query.feeds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.feed.Deadlines;
import org.draftline.api.feed.FindDeadlines;
import org.draftline.api.feed.FindRecentActs;
import org.draftline.api.feed.RecentActs;
import org.draftline.api.status.DocumentStatus;
import org.draftline.query.progress.ReadGate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;

/**
 * Atom feeds of the acts on the record and iCalendar feeds of the deadlines, for readers and calendars that
 * subscribe: readable with the API's credentials, the pages' session, or an account's feed token
 * ({@code ?token=}, see platform's {@code FeedTokens}). A feed holds the latest {@code size} acts (100 unless
 * asked, at most 500).
 */
@RestController
@Tag(name = "Feeds", description = "Atom feeds of the acts and iCalendar feeds of the deadlines")
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ReadGate reads;
    private final FeedIds ids;
    private final Clock clock;

    FeedController(ReadGate reads, FeedIds ids, Clock clock) {
        this.reads = reads;
        this.ids = ids;
        this.clock = clock;
    }

    @GetMapping("/api/feeds/documents/{id}")
    @Operation(summary = "Atom feed of one document's acts, newest first (members-only documents: members only)")
    ResponseEntity<String> documentFeed(@PathVariable String id,
                                        @RequestParam(defaultValue = "" + FindRecentActs.DEFAULT_SIZE) int size) {
        DocumentStatus document = reads.open(id, null);
        RecentActs acts = reads.answer(new FindRecentActs(document.id(), null, size), RecentActs.class);
        return atom("documents/" + id, "Draftline: " + document.title(), site() + "/documents/" + id, acts);
    }

    @GetMapping("/api/feeds/delegations/{code}")
    @Operation(summary = "Atom feed of the acts of one delegation, by itself or spoken for, across documents")
    ResponseEntity<String> delegationFeed(@PathVariable String code,
                                          @RequestParam(defaultValue = "" + FindRecentActs.DEFAULT_SIZE) int size) {
        Delegation delegation = new Delegation(code);
        RecentActs acts = reads.answer(new FindRecentActs(null, delegation, size), RecentActs.class);
        return atom("delegations/" + delegation.code(), "Draftline: acts of " + delegation.name(),
                site() + "/delegations/" + delegation.code(), acts);
    }

    @GetMapping("/api/feeds/all")
    @Operation(summary = "Atom feed of every act on every document the reader may read, newest first")
    ResponseEntity<String> everything(@RequestParam(defaultValue = "" + FindRecentActs.DEFAULT_SIZE) int size) {
        RecentActs acts = reads.answer(new FindRecentActs(null, null, size), RecentActs.class);
        return atom("all", "Draftline: every act", site() + "/", acts);
    }

    @GetMapping("/api/calendars/documents/{id}")
    @Operation(summary = "iCalendar of one document's deadlines: silence procedures and windows for input")
    ResponseEntity<String> documentCalendar(@PathVariable String id) {
        DocumentStatus document = reads.open(id, null);
        Deadlines deadlines = reads.answer(new FindDeadlines(DocumentId.of(id), null), Deadlines.class);
        return calendar("Deadlines: " + document.title(), deadlines);
    }

    @GetMapping("/api/calendars/delegations/{code}")
    @Operation(summary = "iCalendar of the deadlines of every document a delegation takes part in")
    ResponseEntity<String> delegationCalendar(@PathVariable String code) {
        Delegation delegation = new Delegation(code);
        Deadlines deadlines = reads.answer(new FindDeadlines(null, delegation), Deadlines.class);
        return calendar("Deadlines of " + delegation.name(), deadlines);
    }

    private ResponseEntity<String> atom(String id, String title, String page, RecentActs acts) {
        // the feed token stays out of the feed: whoever reads the feed already holds it
        String self = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("token").build().toUriString();
        return ResponseEntity.ok().contentType(ATOM)
                .body(AtomFeeds.write(ids, id, title, self, page, site(), acts, clock.instant()));
    }

    private ResponseEntity<String> calendar(String name, Deadlines deadlines) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .body(DeadlineCalendars.write(ids, name, deadlines.entries(), site()));
    }

    private static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
