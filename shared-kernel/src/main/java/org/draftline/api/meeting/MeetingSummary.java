package org.draftline.api.meeting;

import org.draftline.api.document.DocumentId;

import java.time.LocalDate;

/** A meeting in the list of meetings. */
public record MeetingSummary(MeetingId id, String title, DocumentId organizedBy, LocalDate startsOn,
                             LocalDate endsOn, String venue, int segments, int speakers, int statements) {
}
