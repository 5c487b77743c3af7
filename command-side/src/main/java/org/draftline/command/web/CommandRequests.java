package org.draftline.command.web;

import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.Visibility;
import org.draftline.api.document.Votes;
import org.draftline.api.draft.Proposal;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.draftline.api.reading.ReadingStatus;

import java.util.List;

/**
 * The bodies of the command endpoints as clients send them (times as ISO-8601 text, delegations as
 * codes). They are turned into commands, which check every field.
 */
final class CommandRequests {

    private CommandRequests() {
    }

    record RegisterDocument(String id, String title, DocumentKind kind, String body, String session, String mandate,
                            String occurredAt, RecordedFor recordedFor, Visibility visibility) {
    }

    record ChangeVisibility(Visibility visibility, String occurredAt, RecordedFor recordedFor) {
    }

    record CoFacilitator(String delegation, String representative) {
    }

    record AppointCoFacilitators(List<CoFacilitator> coFacilitators, String letter, String occurredAt, RecordedFor recordedFor) {
    }

    record CirculateDraft(String text, String inputDeadline, String occurredAt, RecordedFor recordedFor) {
    }

    record CirculateFinalDraft(String text, String occurredAt, RecordedFor recordedFor) {
    }

    record SubmitInput(String onDraft, String comments, List<Proposal> proposals, String onBehalfOf,
                       String occurredAt, RecordedFor recordedFor) {
    }

    record RecordMeeting(MeetingKind kind, String title, String heldOn, String summary, String occurredAt, RecordedFor recordedFor) {
    }

    record PublishSupportingDocument(SupportingDocumentKind kind, String title, String url, String occurredAt, RecordedFor recordedFor) {
    }

    record SetDeadline(String deadline, String occurredAt, RecordedFor recordedFor) {
    }

    record BreakSilence(String reason, List<Proposal> proposals, String onBehalfOf, String occurredAt, RecordedFor recordedFor) {
    }

    record DeclareConsensus(String note, String occurredAt, RecordedFor recordedFor) {
    }

    record RecordAdoption(String symbol, String adoptedOn, AdoptionMethod method, Votes votes, String draftSymbol,
                          String occurredAt, RecordedFor recordedFor) {
    }

    record RecordParagraphStatus(List<ParagraphStatus> paragraphs, String occurredAt, RecordedFor recordedFor) {
    }

    record ParagraphStatus(String paragraph, ReadingStatus status, List<Alternative> alternatives) {

        org.draftline.api.reading.ParagraphStatus toStatus() {
            List<org.draftline.api.reading.Alternative> built = Fields.each(alternatives, "paragraphs[].alternatives",
                    alternative -> new org.draftline.api.reading.Alternative(alternative.text(),
                            Fields.each(alternative.supportedBy(), "paragraphs[].alternatives[].supportedBy",
                                    code -> Fields.required(delegation(code,
                                            "paragraphs[].alternatives[].supportedBy[]"),
                                            "paragraphs[].alternatives[].supportedBy[]"))));
            return new org.draftline.api.reading.ParagraphStatus(paragraph, status, built);
        }
    }

    record Alternative(String text, List<String> supportedBy) {
    }

    record WithdrawDocument(String reason, String occurredAt, RecordedFor recordedFor) {
    }

    /**
     * The delegation (and, where known, the person) that performed an act the secretariat records after
     * the fact.
     */
    record RecordedFor(String delegation, String person) {
    }

    /**
     * Who the rules judge an act to be: the signed-in actor, or, when the secretariat records the act of a
     * delegation ({@code recordedFor}), that delegation, with the secretariat's user as its recorder.
     */
    static Actor acting(Actor signedIn, RecordedFor recordedFor) {
        if (recordedFor == null) {
            return signedIn;
        }
        if (!signedIn.is(Role.SECRETARIAT)) {
            throw new RuleViolation(NegotiationRule.NOT_SECRETARIAT, "recordedFor: only the secretariat records an "
                    + "act for the delegation that performed it");
        }
        Delegation delegation = delegation(Fields.required(recordedFor.delegation(), "recordedFor.delegation"),
                "recordedFor.delegation");
        String person = Fields.optionalText(recordedFor.person(), "recordedFor.person");
        if (person != null && person.length() > Actor.LONGEST_NAME) {
            throw new InvalidValue("recordedFor.person: at most " + Actor.LONGEST_NAME + " characters");
        }
        return Actor.recordedFor(delegation, person, signedIn.username());
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
