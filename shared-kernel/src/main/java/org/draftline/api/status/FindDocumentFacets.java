package org.draftline.api.status;

/** How many documents are registered, and the bodies and sessions they name. Answers {@link DocumentFacets}. */
public record FindDocumentFacets() {
}
