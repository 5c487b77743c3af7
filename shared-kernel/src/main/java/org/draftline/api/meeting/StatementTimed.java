package org.draftline.api.meeting;

import java.time.Duration;

/** What recording a statement answers: the meeting's sequence after it, the time used, the limit, and whether it ran over. */
public record StatementTimed(long sequence, Duration used, Duration limit, boolean overLimit) {
}
