package org.draftline.api.meeting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reports of a meeting, named in URLs by their lower-case names. */
public enum MeetingReportKind {
    /** The programme: segments, times, themes, chairs and panellists. */
    PROGRAMME,
    /** Every list of speakers in speaking order. */
    SPEAKERS,
    /** The statements made, with the time used against the limit. */
    STATEMENTS,
    /** Per delegation: inscriptions, statements, time used, statements over the limit. */
    DELEGATIONS;

    public String urlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MeetingReportKind> fromUrl(String name) {
        return Arrays.stream(values()).filter(kind -> kind.urlName().equals(name)).findFirst();
    }
}
