package org.draftline.api.status;

import java.util.List;

/** A page of the document list and, when more rows follow, the cursor of the next page ({@code null} on the last). */
public record DocumentPage(List<DocumentStatus> documents, DocumentCursor next) {
}
