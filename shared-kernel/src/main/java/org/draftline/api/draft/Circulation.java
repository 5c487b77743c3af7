package org.draftline.api.draft;

import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.RevisedDraftCirculated;
import org.draftline.api.document.DocumentEvent.ZeroDraftCirculated;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A draft version put into circulation: what the zero, revised and final draft events have in common, with
 * the paragraph labels read from its text when it was circulated.
 */
public record Circulation(DraftLabel label, String text, List<String> paragraphs, Instant occurredAt) {

    /** The version an event circulated, when it is one of the three circulation events. */
    public static Optional<Circulation> of(DocumentEvent event) {
        if (event instanceof ZeroDraftCirculated zeroDraft) {
            return Optional.of(new Circulation(zeroDraft.label(), zeroDraft.text(), zeroDraft.paragraphs(),
                    zeroDraft.occurredAt()));
        }
        if (event instanceof RevisedDraftCirculated revised) {
            return Optional.of(new Circulation(revised.label(), revised.text(), revised.paragraphs(),
                    revised.occurredAt()));
        }
        if (event instanceof FinalDraftCirculated finalDraft) {
            return Optional.of(new Circulation(finalDraft.label(), finalDraft.text(), finalDraft.paragraphs(),
                    finalDraft.occurredAt()));
        }
        return Optional.empty();
    }
}
