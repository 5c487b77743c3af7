package org.draftline.api.reading;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.ParagraphStatusRecorded;
import org.draftline.api.document.DocumentEvent.ParagraphStatusesCarriedOver;
import org.draftline.api.document.DocumentEvent.RevisedDraftCirculated;
import org.draftline.api.document.DocumentEvent.ZeroDraftCirculated;
import org.draftline.api.draft.DraftLabel;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the current version's paragraphs stand, folded from a document's events in order: what its status and
 * timeline say of the readings. Kept as JSON by the read models that fold it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ReadingTally {

    private DraftLabel onDraft;
    private int paragraphs;
    private final Map<String, ReadingStatus> settled = new HashMap<>();
    private boolean read;

    /** Takes one event into account; events other than circulations and readings change nothing. */
    public void apply(DocumentEvent event) {
        if (event instanceof ZeroDraftCirculated circulated) {
            circulated(circulated.label(), circulated.paragraphs().size());
        } else if (event instanceof RevisedDraftCirculated circulated) {
            circulated(circulated.label(), circulated.paragraphs().size());
        } else if (event instanceof FinalDraftCirculated circulated) {
            circulated(circulated.label(), circulated.paragraphs().size());
        } else if (event instanceof ParagraphStatusRecorded recorded) {
            read = true;
            recorded.paragraphs().forEach(this::settle);
        } else if (event instanceof ParagraphStatusesCarriedOver carried) {
            carried.paragraphs().forEach(status -> settle(status.status()));
        }
    }

    private void circulated(DraftLabel label, int paragraphCount) {
        onDraft = label;
        paragraphs = paragraphCount;
        settled.clear();
    }

    private void settle(ParagraphStatus status) {
        if (status.status() == ReadingStatus.PENDING) {
            settled.remove(status.paragraph());
        } else {
            settled.put(status.paragraph(), status.status());
        }
    }

    /** The current version's summary once any reading was recorded on the document; null before. */
    public ReadingSummary summary() {
        return read && onDraft != null ? ReadingSummary.of(settled.values(), paragraphs) : null;
    }

    public DraftLabel onDraft() {
        return onDraft;
    }
}
