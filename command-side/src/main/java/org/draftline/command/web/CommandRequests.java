package org.draftline.command.web;

import org.draftline.api.InvalidValue;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.Votes;
import org.draftline.api.draft.Proposal;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.SupportingDocumentKind;

import java.util.List;

/**
 * The bodies of the command endpoints as clients send them (times as ISO-8601 text, delegations as
 * codes). They are turned into commands, which check every field.
 */
final class CommandRequests {

    private CommandRequests() {
    }

    record RegisterDocument(String id, String title, DocumentKind kind, String body, String session, String mandate,
                            String occurredAt) {
    }

    record CoFacilitator(String delegation, String representative) {
    }

    record AppointCoFacilitators(List<CoFacilitator> coFacilitators, String letter, String occurredAt) {
    }

    record CirculateDraft(String text, String inputDeadline, String occurredAt) {
    }

    record CirculateFinalDraft(String text, String occurredAt) {
    }

    record SubmitInput(String onDraft, String comments, List<Proposal> proposals, String onBehalfOf,
                       String occurredAt) {
    }

    record RecordMeeting(MeetingKind kind, String title, String heldOn, String summary, String occurredAt) {
    }

    record PublishSupportingDocument(SupportingDocumentKind kind, String title, String url, String occurredAt) {
    }

    record SetDeadline(String deadline, String occurredAt) {
    }

    record BreakSilence(String reason, List<Proposal> proposals, String onBehalfOf, String occurredAt) {
    }

    record DeclareConsensus(String note, String occurredAt) {
    }

    record RecordAdoption(String symbol, String adoptedOn, AdoptionMethod method, Votes votes, String draftSymbol,
                          String occurredAt) {
    }

    record WithdrawDocument(String reason, String occurredAt) {
    }

    static Delegation delegation(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!Delegation.isKnown(code)) {
            throw new InvalidValue(field + ": unknown delegation '" + code + "'; expected an ISO 3166-1 alpha-3 code "
                    + "of a UN member or observer state, or a group such as G77 or EU");
        }
        return Delegation.of(code);
    }
}
