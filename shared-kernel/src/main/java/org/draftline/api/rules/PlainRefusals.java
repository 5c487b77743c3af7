package org.draftline.api.rules;

import org.draftline.api.PlainWords;
import org.draftline.api.ReadableTimes;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.Stage;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one catalogue of refusals in plain sentences: what each rule means to the person refused, followed by
 * the particulars of the refusal with its times, stages and delegations written as people read them. The
 * pages show these; the API keeps the rule's code and its detail, and adds this sentence beside them.
 */
public final class PlainRefusals {

    private static final Pattern FIELD_PREFIX = Pattern.compile("^[a-zA-Z]+(\\[])?(\\.[a-zA-Z]+)?: ");
    private static final Pattern ISO_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)*\\b");
    private static final Pattern API_PATH = Pattern.compile("\\s*\\((?:GET|POST|PUT|DELETE) /api/[^)]*\\)");

    private PlainRefusals() {
    }

    public static String of(RuleViolation violation) {
        return of(violation.rule(), violation.getMessage());
    }

    /** "The deadline is not late enough. The deadline 30 Nov 2026, 16:06 New York time (21:06 UTC) must fall after ...". */
    public static String of(NegotiationRule rule, String detail) {
        String lead = lead(rule);
        String particulars = particulars(detail);
        if (particulars.isEmpty()) {
            return lead;
        }
        return lead + " " + Character.toUpperCase(particulars.charAt(0)) + particulars.substring(1)
                + (particulars.matches(".*[.!?]$") ? "" : ".");
    }

    /** What the rule means, in one sentence. */
    public static String lead(NegotiationRule rule) {
        return switch (rule) {
            case NOT_SECRETARIAT -> "Only the secretariat may do this.";
            case NOT_A_CO_FACILITATOR -> "Only the document's co-facilitators may do this.";
            case NOT_SECRETARIAT_OR_CO_FACILITATOR -> "Only the secretariat or a co-facilitator may do this.";
            case NOT_A_DELEGATE -> "Only a delegate of a delegation may do this.";
            case NOT_YOUR_DELEGATION -> "A delegation acts only in its own name.";
            case MEMBERS_ONLY -> "This document is kept to members: observers read only its status, stages and drafts.";
            case NOT_A_GROUP -> "A statement is made on behalf of a group of states only.";
            case NOT_MANDATED_FOR_GROUP -> "Your delegation has no recorded mandate to speak for this group on that day.";
            case UNKNOWN_GROUP -> "There is no such group.";
            case MANDATE_ALREADY_RECORDED -> "This mandate is already on record.";
            case DOCUMENT_EXISTS -> "A document with this address is already registered.";
            case UNKNOWN_DOCUMENT -> "There is no such document.";
            case PARAGRAPH_STATUS_UNCHANGED -> "Every paragraph named already stands as given: this reading changes nothing.";
            case MEETING_EXISTS -> "A meeting with this address is already organized.";
            case UNKNOWN_MEETING -> "There is no such meeting.";
            case UNKNOWN_SEGMENT -> "The meeting has no such segment.";
            case SEGMENT_EXISTS -> "The meeting already has a segment with this name.";
            case SEGMENT_OUTSIDE_MEETING -> "A segment must fall within the meeting's days.";
            case NO_LIST_OF_SPEAKERS -> "Only a plenary or a panel has a list of speakers.";
            case LIST_OF_SPEAKERS_CLOSED -> "The list of speakers closed when the segment ended.";
            case ALREADY_INSCRIBED -> "This speaker is already on the segment's list of speakers.";
            case NOT_INSCRIBED -> "Only a speaker on the segment's list of speakers makes a statement there.";
            case ALREADY_SPOKE -> "This speaker's statement in the segment is already recorded.";
            case UNKNOWN_DRAFT -> "There is no such draft of this document.";
            case UNKNOWN_PARAGRAPH -> "The draft has no such paragraph.";
            case WRONG_STAGE -> "This step does not come at the document's present stage.";
            case ALREADY_ADOPTED -> "The document is adopted: nothing about it changes any more.";
            case DOCUMENT_WITHDRAWN -> "The document was withdrawn.";
            case CO_FACILITATORS_ALREADY_APPOINTED -> "Co-facilitators are already appointed: replace them instead.";
            case NO_CO_FACILITATORS -> "No co-facilitators are appointed yet: appoint them first.";
            case SAME_CO_FACILITATORS -> "These are the co-facilitators already appointed.";
            case SAME_VISIBILITY -> "The document is already visible to these readers.";
            case REBUILD_RUNNING -> "The read models are being rebuilt already.";
            case DRAFT_SUPERSEDED -> "A newer draft has been circulated since: input answers the current draft.";
            case INPUT_WINDOW_CLOSED -> "The window for written input is closed.";
            case INPUT_WINDOW_NOT_OPEN -> "No window for written input is open.";
            case INPUT_WINDOW_ALREADY_OPEN -> "A window for written input is already open.";
            case SILENCE_RUNNING -> "The text is under silence.";
            case SILENCE_NOT_RUNNING -> "No silence procedure is running.";
            case SILENCE_ON_ZERO_DRAFT -> "Silence runs on a revised or final draft, not on the zero draft.";
            case ALREADY_BROKE_SILENCE -> "Your delegation has already broken this silence.";
            case CO_FACILITATOR_CANNOT_BREAK_SILENCE -> "The co-facilitators put the text under silence and cannot break it.";
            case DEADLINE_PASSED -> "The deadline has passed.";
            case DEADLINE_NOT_REACHED -> "The deadline has not come yet.";
            case DEADLINE_NOT_AFTER_START -> "The deadline must come after the act that sets it.";
            case DEADLINE_NOT_LATER -> "The new deadline must be later than the current one.";
            case OCCURRED_BEFORE_LAST_STEP -> "The date given is before the last step on record: acts are recorded in the order they happened.";
            case OCCURRED_IN_FUTURE -> "The date given lies in the future.";
            case ONLY_SECRETARIAT_RECORDS_THE_PAST -> "Only the secretariat records acts more than 10 minutes in the past.";
            case SILENCE_NOTICE_TOO_SHORT -> "A silence procedure needs more notice.";
            case DEADLINE_TOO_FAR -> "The deadline is too far ahead.";
        };
    }

    /** The refusal's own detail with its times, stages, roles and delegations in words, and no API addresses. */
    static String particulars(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        String text = FIELD_PREFIX.matcher(detail.strip()).replaceFirst("");
        text = API_PATH.matcher(text).replaceAll("");
        text = replace(ISO_TIME, text, PlainRefusals::time);
        return replace(CODE, text, PlainRefusals::word);
    }

    private static String time(String iso) {
        try {
            return ReadableTimes.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException notATime) {
            return iso;
        }
    }

    private static String word(String code) {
        for (Stage stage : Stage.values()) {
            if (stage.name().equals(code)) {
                return PlainWords.stage(stage).toLowerCase(Locale.ENGLISH);
            }
        }
        for (Role role : Role.values()) {
            if (role.name().equals(code)) {
                return PlainWords.role(role).toLowerCase(Locale.ENGLISH);
            }
        }
        if (Delegation.isKnown(code)) {
            return Delegation.of(code).name();
        }
        return code.contains("_") ? code.replace('_', ' ').toLowerCase(Locale.ENGLISH) : code;
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> by) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder replaced = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(replaced, Matcher.quoteReplacement(by.apply(matcher.group())));
        }
        matcher.appendTail(replaced);
        return replaced.toString();
    }
}
