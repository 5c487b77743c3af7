package org.draftline.api.reading;

import java.util.Collection;

/**
 * How much of a version the readings have settled: counts by status over all its paragraphs, and the sentence
 * negotiators say it in ({@code "14 of 22 paragraphs agreed ad ref"}, then what is bracketed, deleted, pending).
 */
public record ReadingSummary(int agreedAdRef, int bracketed, int pending, int deletedAdRef, int total, String text) {

    /** The summary of {@code total} paragraphs of which those with {@code settled} statuses were read. */
    public static ReadingSummary of(Collection<ReadingStatus> settled, int total) {
        int agreed = count(settled, ReadingStatus.AGREED_AD_REF);
        int bracketed = count(settled, ReadingStatus.BRACKETED);
        int deleted = count(settled, ReadingStatus.DELETED_AD_REF);
        int pending = Math.max(0, total - agreed - bracketed - deleted);
        StringBuilder text = new StringBuilder(agreed + " of " + total + " paragraph" + (total == 1 ? "" : "s")
                + " agreed ad ref");
        if (bracketed > 0) {
            text.append(", ").append(bracketed).append(" bracketed");
        }
        if (deleted > 0) {
            text.append(", ").append(deleted).append(" deleted ad ref");
        }
        if (pending > 0) {
            text.append(", ").append(pending).append(" pending");
        }
        return new ReadingSummary(agreed, bracketed, pending, deleted, total, text.toString());
    }

    private static int count(Collection<ReadingStatus> statuses, ReadingStatus wanted) {
        return (int) statuses.stream().filter(wanted::equals).count();
    }
}
