package org.draftline.command.document;

import java.time.Instant;

/** The payload of a scheduled silence deadline: which procedure, and the deadline it was scheduled for. */
record SilenceDeadlineReached(int procedure, Instant deadline) {
}
