package org.draftline.api.document;

/**
 * Who may read a document's negotiation: everyone signed in ({@code PUBLIC}), or, for a process closed to
 * the public ({@code MEMBERS}), everyone but observers, who then read only its status, stages and drafts.
 */
public enum Visibility {
    PUBLIC,
    MEMBERS;

    /** What an event or a row recorded before documents had a visibility means: public. */
    public static Visibility orDefault(Visibility recorded) {
        return recorded == null ? PUBLIC : recorded;
    }
}
