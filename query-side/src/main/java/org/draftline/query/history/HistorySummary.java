package org.draftline.query.history;

import org.draftline.api.ReadableTimes;
import org.draftline.api.Deadline;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsAppointed;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsReplaced;
import org.draftline.api.document.DocumentEvent.ConsensusDeclared;
import org.draftline.api.document.DocumentEvent.DocumentAdopted;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.document.DocumentEvent.DocumentWithdrawn;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.InputWindowClosed;
import org.draftline.api.document.DocumentEvent.InputWindowExtended;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.InputWindowReopened;
import org.draftline.api.document.DocumentEvent.MeetingRecorded;
import org.draftline.api.document.DocumentEvent.ParagraphStatusRecorded;
import org.draftline.api.document.DocumentEvent.ParagraphStatusesCarriedOver;
import org.draftline.api.reading.ParagraphStatus;
import org.draftline.api.document.DocumentEvent.RevisedDraftCirculated;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.SilenceExtended;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.document.DocumentEvent.SupportingDocumentPublished;
import org.draftline.api.document.DocumentEvent.VisibilityChanged;
import org.draftline.api.document.DocumentEvent.ZeroDraftCirculated;
import org.draftline.api.document.Visibility;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.silence.SilenceOutcome;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The one-line account of an act that the audit trail shows, in the negotiators' own terms. */
public final class HistorySummary {

    private HistorySummary() {
    }

    /** @param by who acted, as "Mexico" or "the secretariat"; the events name their own delegations */
    public static String of(DocumentEvent event, String by) {
        if (event instanceof DocumentRegistered registered) {
            return "Registered \"" + registered.title() + "\"" + (registered.mandate() == null ? ""
                    : " under " + registered.mandate());
        } else if (event instanceof CoFacilitatorsAppointed appointed) {
            return "Appointed co-facilitators: " + names(appointed.coFacilitators()) + letter(appointed.letter());
        } else if (event instanceof CoFacilitatorsReplaced replaced) {
            return "Replaced co-facilitators " + names(replaced.previous()) + " with " + names(replaced.coFacilitators())
                    + letter(replaced.letter());
        } else if (event instanceof ZeroDraftCirculated) {
            return by + " circulated the zero draft";
        } else if (event instanceof RevisedDraftCirculated revised) {
            return by + " circulated " + revised.label().displayName();
        } else if (event instanceof FinalDraftCirculated finalDraft) {
            return by + " circulated the " + finalDraft.label().displayName().toLowerCase(Locale.ENGLISH);
        } else if (event instanceof InputWindowOpened opened) {
            return "Input on " + opened.onDraft().displayName() + " invited until " + deadline(opened.deadline());
        } else if (event instanceof InputWindowReopened reopened) {
            return "Input on " + reopened.onDraft().displayName() + " reopened until " + deadline(reopened.deadline());
        } else if (event instanceof InputWindowExtended extended) {
            return "Input on " + extended.onDraft().displayName() + " extended to " + deadline(extended.deadline());
        } else if (event instanceof InputWindowClosed closed) {
            return "Input on " + closed.onDraft().displayName() + " closed";
        } else if (event instanceof InputSubmitted input) {
            return speaker(input.delegation(), input.onBehalfOf()) + " submitted input on "
                    + input.onDraft().displayName() + proposals(input.proposals().size());
        } else if (event instanceof MeetingRecorded meeting) {
            return meeting.title() + " held on " + meeting.heldOn();
        } else if (event instanceof ParagraphStatusRecorded reading) {
            return "Reading of " + reading.onDraft().displayName() + ": " + reading.paragraphs().stream()
                    .map(HistorySummary::status).collect(java.util.stream.Collectors.joining("; "));
        } else if (event instanceof ParagraphStatusesCarriedOver carried) {
            return carried.paragraphs().size() + " unchanged paragraph" + (carried.paragraphs().size() == 1 ? "" : "s")
                    + " of " + carried.fromDraft().displayName() + " kept " + (carried.paragraphs().size() == 1
                    ? "its" : "their") + " status in " + carried.onDraft().displayName();
        } else if (event instanceof SupportingDocumentPublished published) {
            return "Published " + published.kind().name().toLowerCase(Locale.ENGLISH).replace('_', ' ') + ": "
                    + published.title();
        } else if (event instanceof SilenceStarted started) {
            return "Silence procedure " + started.procedure() + " started on " + started.onDraft().displayName()
                    + " until " + deadline(started.deadline());
        } else if (event instanceof SilenceExtended extended) {
            return "Silence procedure " + extended.procedure() + " extended to " + deadline(extended.deadline());
        } else if (event instanceof SilenceBroken broken) {
            return speaker(broken.delegation(), broken.onBehalfOf()) + " broke silence: " + broken.reason();
        } else if (event instanceof SilenceConcluded concluded) {
            return concluded.outcome() == SilenceOutcome.PASSED
                    ? "Silence procedure " + concluded.procedure() + " passed: nobody broke silence"
                    : "Silence procedure " + concluded.procedure() + " ended broken by "
                    + concluded.brokenBy().stream().map(Delegation::name).collect(Collectors.joining(", "));
        } else if (event instanceof ConsensusDeclared consensus) {
            return by + " declared consensus on " + consensus.onDraft().displayName();
        } else if (event instanceof DocumentAdopted adopted) {
            return "Adopted as " + adopted.symbol() + " on " + adopted.adoptedOn()
                    + (adopted.method() == AdoptionMethod.WITHOUT_A_VOTE ? " without a vote"
                    : " by recorded vote (" + adopted.votes().yes() + " in favour, " + adopted.votes().no()
                    + " against, " + adopted.votes().abstain() + " abstentions)");
        } else if (event instanceof DocumentWithdrawn withdrawn) {
            return "Withdrawn: " + withdrawn.reason();
        } else if (event instanceof VisibilityChanged changed) {
            return changed.visibility() == Visibility.MEMBERS
                    ? "Kept to members: observers read only the status, stages and drafts"
                    : "Opened to the public";
        }
        throw new IllegalStateException("no summary for " + event.getClass().getSimpleName());
    }

    /** "OP1 bracketed (MEX, G77 | EU)", "OP2 agreed ad ref". */
    private static String status(ParagraphStatus status) {
        String name = status.status().name().toLowerCase(Locale.ENGLISH).replace('_', ' ');
        return status.paragraph() + " " + name + (status.alternatives().isEmpty() ? "" : " (" + status.alternatives()
                .stream().map(alternative -> alternative.supportedBy().stream().map(Delegation::code)
                        .collect(java.util.stream.Collectors.joining(", ")))
                .collect(java.util.stream.Collectors.joining(" | ")) + ")");
    }

    private static String names(List<CoFacilitator> coFacilitators) {
        return coFacilitators.stream()
                .map(c -> c.representative() == null ? c.delegation().name()
                        : c.delegation().name() + " (" + c.representative() + ")")
                .collect(Collectors.joining(" and "));
    }

    private static String letter(String letter) {
        return letter == null || letter.isBlank() ? "" : " (letter: " + letter + ")";
    }

    private static String speaker(Delegation delegation, Delegation onBehalfOf) {
        return onBehalfOf == null ? delegation.name() : delegation.name() + " on behalf of " + onBehalfOf.name();
    }

    private static String proposals(int count) {
        return count == 0 ? "" : count == 1 ? " with 1 proposal" : " with " + count + " proposals";
    }

    private static String deadline(Deadline deadline) {
        return ReadableTimes.of(deadline);
    }
}
