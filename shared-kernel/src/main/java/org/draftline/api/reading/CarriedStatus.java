package org.draftline.api.reading;

/** A status that a paragraph kept in the next version, its wording unchanged: {@code from} is its earlier label. */
public record CarriedStatus(String from, ParagraphStatus status) {
}
