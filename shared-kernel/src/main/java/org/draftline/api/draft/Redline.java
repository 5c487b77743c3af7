package org.draftline.api.draft;

import java.util.List;

/**
 * What changed from one version to another, paragraph by paragraph. Paragraphs are matched by their
 * wording, not their numbers: a renumbered paragraph is the same paragraph, a moved one says so.
 */
public record Redline(DraftLabel from, DraftLabel to, List<Change> paragraphs, Summary summary) {

    public enum Status { UNCHANGED, MODIFIED, ADDED, DELETED }

    /**
     * One paragraph's fate.
     *
     * @param fromLabel  its label in the earlier version; null when added
     * @param toLabel    its label in the later version; null when deleted
     * @param moved      whether it changed place relative to the paragraphs around it
     * @param mergedInto for a deleted paragraph whose wording went into another, that paragraph's label
     * @param words      the words kept, inserted and deleted, in order
     */
    public record Change(Status status, String fromLabel, String toLabel, boolean moved, String mergedInto,
                         List<Words> words) {
    }

    public enum Operation { EQUAL, INSERT, DELETE }

    public record Words(Operation operation, String text) {
    }

    public record Summary(int unchanged, int modified, int added, int deleted, int moved, int renumbered) {
    }
}
