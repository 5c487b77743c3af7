package org.draftline.api.meeting;

import org.draftline.api.InvalidValue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;
import org.draftline.api.document.DocumentId;

import java.net.URI;
import java.time.Instant;

/** A letter, concept note, announcement, programme or summary published alongside the negotiation. */
public record PublishSupportingDocument(@TargetAggregateIdentifier DocumentId documentId, SupportingDocumentKind kind,
                                        String title, String url, Instant occurredAt) {

    public PublishSupportingDocument {
        Fields.required(documentId, "id");
        Fields.required(kind, "kind");
        title = Fields.text(title, "title");
        url = Fields.optionalText(url, "url");
        if (url != null && !isWebAddress(url)) {
            throw new InvalidValue("url: '" + url + "' is not an http or https address");
        }
        RecordableTime.instant(occurredAt, "occurredAt");
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
