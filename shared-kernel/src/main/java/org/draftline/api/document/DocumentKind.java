package org.draftline.api.document;

public enum DocumentKind {
    RESOLUTION, DECLARATION, DECISION, OTHER
}
