package org.draftline.query.notifications;

import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.ConsensusDeclared;
import org.draftline.api.document.DocumentEvent.DocumentAdopted;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.InputWindowExtended;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.InputWindowReopened;
import org.draftline.api.document.DocumentEvent.RevisedDraftCirculated;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceExtended;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.document.DocumentEvent.ZeroDraftCirculated;

import java.util.Optional;

/** What an account may choose to hear of by e-mail. */
enum Topic {
    /** A zero, revised or final draft circulated. */
    NEW_DRAFT("New draft"),
    /** A window for written input opened, reopened or extended. */
    INPUT_WINDOW_OPENED("Input window open"),
    /** A reminder, {@code draftline.notifications.reminder-before} (24 h) before an input window closes. */
    INPUT_WINDOW_CLOSING("Input window closing soon"),
    /** A silence procedure started or extended. */
    SILENCE_STARTED("Silence procedure started"),
    SILENCE_BROKEN("Silence broken"),
    /** A reminder, {@code draftline.notifications.reminder-before} (24 h) before a silence deadline. */
    SILENCE_PASSING("Silence passing soon"),
    CONSENSUS("Consensus declared"),
    ADOPTION("Adopted");

    final String heading;

    Topic(String heading) {
        this.heading = heading;
    }

    /** The topic an event is news of, if any (the reminders are not events). */
    static Optional<Topic> of(DocumentEvent event) {
        Topic topic;
        if (event instanceof ZeroDraftCirculated || event instanceof RevisedDraftCirculated
                || event instanceof FinalDraftCirculated) {
            topic = NEW_DRAFT;
        } else if (event instanceof InputWindowOpened || event instanceof InputWindowReopened
                || event instanceof InputWindowExtended) {
            topic = INPUT_WINDOW_OPENED;
        } else if (event instanceof SilenceStarted || event instanceof SilenceExtended) {
            topic = SILENCE_STARTED;
        } else if (event instanceof SilenceBroken) {
            topic = SILENCE_BROKEN;
        } else if (event instanceof ConsensusDeclared) {
            topic = CONSENSUS;
        } else if (event instanceof DocumentAdopted) {
            topic = ADOPTION;
        } else {
            topic = null;
        }
        return Optional.ofNullable(topic);
    }
}
