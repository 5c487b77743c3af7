package org.draftline.query.feeds;

import org.draftline.api.ReadableTimes;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.draftline.api.feed.RecentActs;
import org.draftline.api.history.HistoryEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** An Atom 1.0 feed (RFC 4287) of acts, written by ROME: one entry per act, newest recorded first. */
final class AtomFeeds {

    private AtomFeeds() {
    }

    /**
     * @param self    the feed's own address, as asked for
     * @param page    the page people read it on
     * @param site    where Draftline answers, for the links of each act ("https://host")
     * @param now     the feed's time when it holds no act
     */
    static String write(FeedIds ids, String id, String title, String self, String page, String site,
                        RecentActs acts, Instant now) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(ids.feed(id));
        feed.setTitle(title);
        feed.setUpdated(Date.from(acts.acts().stream().map(act -> act.entry().recordedAt()).max(Instant::compareTo)
                .orElse(now)));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", page, null)));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", self, null)));
        feed.setAuthors(List.of(person("Draftline")));
        Generator generator = new Generator();
        generator.setValue("Draftline");
        feed.setGenerator(generator);
        List<Entry> entries = new ArrayList<>();
        for (RecentActs.Act act : acts.acts()) {
            entries.add(entry(ids, act, site));
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the Atom feed " + id + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static Entry entry(FeedIds ids, RecentActs.Act act, String site) {
        HistoryEntry recorded = act.entry();
        String document = act.documentId().value();
        Entry entry = new Entry();
        entry.setId(ids.act(act.documentId(), recorded.sequence()));
        entry.setTitle(recorded.summary());
        entry.setPublished(Date.from(recorded.occurredAt()));
        entry.setUpdated(Date.from(recorded.recordedAt()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", site + "/documents/" + document,
                documentTitle(act))));
        entry.setOtherLinks(List.of(
                link("related", "application/json", site + "/api/documents/" + document, "The document in the API"),
                link("via", "application/json", site + "/api/documents/" + document + "/history?from="
                        + recorded.occurredAt() + "&to=" + recorded.occurredAt(), "The act in the audit trail")));
        String actedBy = recorded.actedBy();
        entry.setAuthors(List.of(person(actedBy.isEmpty() ? "Draftline" : actedBy)));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(documentTitle(act) + ": " + recorded.summary() + ".\nHappened "
                + ReadableTimes.longForm(recorded.occurredAt()) + "; recorded " + ReadableTimes.longForm(recorded.recordedAt())
                + (actedBy.isEmpty() ? "." : ".\nBy " + actedBy + (recorded.recordedBy() == null ? "."
                : ", recorded by the secretariat.")));
        entry.setSummary(summary);
        return entry;
    }

    private static String documentTitle(RecentActs.Act act) {
        return act.documentTitle() == null ? act.documentId().value() : act.documentTitle();
    }

    private static Link link(String rel, String type, String href, String title) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        link.setTitle(title);
        return link;
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }
}
