package org.draftline.query.progress;

import org.draftline.api.document.DocumentEvent;

/** A read model fed by the document events ({@link AggregateProjection}), its progress recorded per document. */
public abstract class Projection extends AggregateProjection<DocumentEvent> {

    protected Projection(String name, ProgressRecorder progress) {
        super(name, progress, DocumentEvent.class);
    }

    @Override
    protected String aggregate(DocumentEvent event) {
        return event.documentId().value();
    }
}
