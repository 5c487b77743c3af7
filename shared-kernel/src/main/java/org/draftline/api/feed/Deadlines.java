package org.draftline.api.feed;

import org.draftline.api.Deadline;
import org.draftline.api.document.DocumentId;

import java.time.Instant;
import java.util.List;

/** The deadlines a calendar shows, each with how it changed since it was set. */
public record Deadlines(List<Entry> entries) {

    public enum Kind {
        /** A silence procedure's deadline: whoever objects must break silence before it. */
        SILENCE,
        /** The deadline of a window for written input on a draft. */
        INPUT
    }

    /**
     * One deadline as it stands now.
     *
     * @param ordinal      the document's silence procedure number, or its input windows counted from 1
     * @param draft        the draft it concerns, as negotiators name it ("Rev.1")
     * @param revision     how many times it changed since it was set (extended, cancelled): 0 at first
     * @param setAt        when the act that set it was recorded
     * @param changedAt    when the last act that changed it was recorded
     * @param cancelled    whether it no longer stands (silence broken, window closed early, the text
     *                     superseded, the document withdrawn)
     * @param state        what became of it, in plain words ("Silence was broken on 3 May.")
     */
    public record Entry(DocumentId documentId, String documentTitle, Kind kind, int ordinal, String draft,
                        Deadline deadline, int revision, Instant setAt, Instant changedAt, boolean cancelled,
                        String state) {
    }
}
