package org.draftline.api.status;

/** Every registered document's status, most recently registered first. Answers a list of {@link DocumentStatus}. */
public record FindDocuments() {
}
