package org.draftline.api.meeting;

public enum SupportingDocumentKind {
    LETTER, CONCEPT_NOTE, ANNOUNCEMENT, PROGRAMME, SUMMARY, OTHER
}
