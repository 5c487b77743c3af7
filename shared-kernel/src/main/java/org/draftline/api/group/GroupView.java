package org.draftline.api.group;

import org.draftline.api.delegation.Delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A negotiating group as the record and the reference list know it: its members where known (each with
 * the last day of its membership when it has left) and its mandates, oldest first.
 */
public record GroupView(Delegation code, String name, List<Member> members, List<MandateView> mandates) {

    public record Member(Delegation delegation, String name, LocalDate until) {
    }

    /** A recorded mandate: who speaks for the group and when, and who recorded it when. */
    public record MandateView(Delegation delegation, String name, LocalDate from, LocalDate to, long sequence,
                              Instant recordedAt, String recordedBy) {
    }
}
