package org.draftline.query.feeds;

import org.draftline.api.document.DocumentId;
import org.draftline.api.feed.Deadlines;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lasting identities of feeds, their entries and calendar events: RFC 4151 tag URIs and iCalendar UIDs under
 * {@code draftline.feeds.authority}, a DNS name the deployment holds (set it, so that two deployments never mint
 * the same ids). An entry is named by its document and sequence, which never change nor are reused, so a feed
 * reader never shows an act twice; a deadline by its document, kind and number, so an extension updates the
 * same calendar event.
 */
@Component
class FeedIds {

    /** The year in the tag URIs: when this naming began; it never changes, or every id would. */
    private static final String MINTED = "2026";
    private static final Pattern DNS_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private final String authority;

    FeedIds(@Value("${draftline.feeds.authority:draftline.invalid}") String authority) {
        String name = authority.strip().toLowerCase(Locale.ROOT);
        if (!DNS_NAME.matcher(name).matches()) {
            throw new IllegalStateException("draftline.feeds.authority: a DNS name such as drafts.example.org, not '"
                    + authority + "'");
        }
        this.authority = name;
    }

    String feed(String path) {
        return "tag:" + authority + "," + MINTED + ":feeds/" + path;
    }

    String act(DocumentId document, long sequence) {
        return "tag:" + authority + "," + MINTED + ":documents/" + document.value() + "/acts/" + sequence;
    }

    String deadline(Deadlines.Entry deadline) {
        String kind = deadline.kind() == Deadlines.Kind.SILENCE ? "silence" : "input-window";
        return deadline.documentId().value() + "/" + kind + "/" + deadline.ordinal() + "@" + authority;
    }
}
