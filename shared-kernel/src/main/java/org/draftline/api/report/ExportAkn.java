package org.draftline.api.report;

import org.draftline.api.document.DocumentId;

/**
 * A document's record and current text as Akoma Ntoso 3.0 XML, as the read models show it once they have
 * caught up with its status. Answers a {@link RenderedReport}.
 */
public record ExportAkn(DocumentId documentId) {
}
