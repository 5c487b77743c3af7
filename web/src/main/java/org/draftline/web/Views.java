package org.draftline.web;

import org.draftline.api.Deadline;
import org.draftline.api.PlainWords;
import org.draftline.api.ReadableTimes;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.Stage;
import org.draftline.api.status.DeadlineView;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formatting the templates share ({@code ${@views.time(...)}}): times as negotiators read them, stage bars. */
@Component("views")
public class Views {

    public static final ZoneId NEW_YORK = ReadableTimes.NEW_YORK;

    /** The steps a negotiation moves through, as the stage bar shows them. */
    private static final List<Stage> STEPS = List.of(Stage.REGISTERED, Stage.CO_FACILITATORS_APPOINTED,
            Stage.ZERO_DRAFT, Stage.REVISED_DRAFT, Stage.UNDER_SILENCE, Stage.FINAL_DRAFT, Stage.CONSENSUS,
            Stage.ADOPTED);

    public record Step(String name, String state) {
    }

    /** When an act reached Draftline: "8 Feb 2017, 21:00 UTC". */
    public String time(Instant instant) {
        return ReadableTimes.utc(instant);
    }

    /** When something happened or falls due: "8 Feb 2017, 16:00 New York time (21:00 UTC)". */
    public String newYork(Instant instant) {
        return ReadableTimes.of(instant);
    }

    public String day(Instant instant) {
        return ReadableTimes.day(instant);
    }

    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A deadline in New York time and UTC, and in the zone it was set in when that is another. */
    public String inItsZone(DeadlineView deadline) {
        return deadline == null ? "" : ReadableTimes.of(new Deadline(deadline.utc(), ZoneId.of(deadline.zone())));
    }

    /** Time left as people say it: "3 days 4 h", "2 h 5 min", "passed". */
    public String left(Long secondsLeft) {
        if (secondsLeft == null || secondsLeft <= 0) {
            return "passed";
        }
        Duration left = Duration.ofSeconds(secondsLeft);
        if (left.toDays() > 0) {
            return left.toDays() + (left.toDays() == 1 ? " day " : " days ") + left.toHoursPart() + " h";
        }
        if (left.toHours() > 0) {
            return left.toHours() + " h " + left.toMinutesPart() + " min";
        }
        return Math.max(1, left.toMinutes()) + " min";
    }

    public String purpose(DeadlineView deadline) {
        if (deadline == null) {
            return "";
        }
        return "SILENCE".equals(deadline.purpose()) ? "Silence ends" : "Input due";
    }

    public String stage(Stage stage) {
        return PlainWords.stage(stage);
    }

    /** Every step with its state ({@code done}, {@code current}, {@code next}); silence's outcome names its step. */
    public List<Step> steps(Stage stage) {
        Stage shownAs = switch (stage) {
            case SILENCE_BROKEN, SILENCE_PASSED -> Stage.UNDER_SILENCE;
            default -> stage;
        };
        int current = STEPS.indexOf(shownAs);
        List<Step> steps = new ArrayList<>();
        for (int index = 0; index < STEPS.size(); index++) {
            Stage step = STEPS.get(index);
            String name = step == shownAs ? stage(stage) : step == Stage.UNDER_SILENCE ? "Silence" : stage(step);
            String state = current < 0 ? "next" : index < current ? "done" : index == current ? "current" : "next";
            steps.add(new Step(name, state));
        }
        return steps;
    }

    /** The zones a deadline is set in, as the forms offer them: id and the city people name. */
    public java.util.Map<String, String> deadlineZones() {
        java.util.Map<String, String> zones = new java.util.LinkedHashMap<>();
        zones.put("America/New_York", "New York");
        zones.put("Europe/Zurich", "Geneva");
        zones.put("Europe/Vienna", "Vienna");
        zones.put("Africa/Nairobi", "Nairobi");
        zones.put("UTC", "UTC");
        return zones;
    }

    /**
     * What a form acts on, so a live refresh can tell a form still offered from one the record has moved
     * past: input on Zero draft is not input on Rev.1, a break of procedure 1 not one of procedure 2.
     */
    public String offerKey(String form, org.draftline.api.status.DocumentStatus status) {
        String draft = status.currentDraft() == null ? "" : status.currentDraft().value();
        String procedure = status.silence() == null ? "" : String.valueOf(status.silence().procedure());
        return switch (form) {
            case "input", "revised-draft", "final-draft", "start-silence", "consensus" -> form + ":" + draft;
            case "break-silence", "extend-silence" -> form + ":" + procedure;
            default -> form;
        };
    }

    /** Who broke a silence, as a sentence names them: "Mexico", "Mexico and Ecuador for G77 and China". */
    public String breakers(org.draftline.api.status.SilenceView silence) {
        List<String> names = silence.breaks().stream()
                .map(b -> b.delegation() == null ? "a delegation" : speaker(b.delegation(), b.onBehalfOf()))
                .distinct().toList();
        if (names.isEmpty()) {
            return "";
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "passed" or "broken", for a concluded procedure. */
    public String silenceOutcome(org.draftline.api.status.SilenceView silence) {
        if (!silence.breaks().isEmpty()) {
            return "broken";
        }
        return silence.outcome() == null ? "running" : silence.outcome().name().toLowerCase(Locale.ENGLISH);
    }

    /**
     * Whether the next deadline is that of a silence already broken: it then closes only the taking of
     * further objections, and the page says broken instead of counting down to it.
     */
    public boolean brokenSilenceDeadline(DeadlineView deadline, Stage stage) {
        return deadline != null && "SILENCE".equals(deadline.purpose()) && stage == Stage.SILENCE_BROKEN;
    }

    /** The letter of the latest appointment or replacement of the co-facilitators on the record, or null. */
    public String appointmentLetter(List<org.draftline.api.history.HistoryEntry> record) {
        for (int index = record.size() - 1; index >= 0; index--) {
            org.draftline.api.history.HistoryEntry entry = record.get(index);
            if ("CoFacilitatorsAppointed".equals(entry.type()) || "CoFacilitatorsReplaced".equals(entry.type())) {
                Object letter = entry.details() == null ? null : entry.details().get("letter");
                return letter == null || letter.toString().isBlank() ? null : letter.toString();
            }
        }
        return null;
    }

    /** Whether a recorded text is a web address a page may link to (never a script's). */
    public boolean isWebAddress(String text) {
        return text != null && text.matches("https?://[^\\s\"<>]+");
    }

    /** Whether anyone made a proposal on the compilation's version: without any, it would only repeat the text. */
    public boolean hasProposals(org.draftline.api.compilation.Compilation compilation) {
        return compilation.paragraphs().stream().anyMatch(paragraph -> !paragraph.proposals().isEmpty());
    }

    /** A proposal's text in pieces to print, italic where its author wrote {@code *words*}. */
    public List<Emphasis> emphasis(String text) {
        return Emphasis.of(text);
    }

    public String delegation(Delegation delegation) {
        return delegation == null ? "" : delegation.name();
    }

    /** "Mexico" or "Ecuador for G77 and China". */
    public String speaker(Delegation delegation, Delegation onBehalfOf) {
        if (delegation == null) {
            return "";
        }
        return onBehalfOf == null ? delegation.name() : delegation.name() + " for " + onBehalfOf.name();
    }

    /** An event type as a phrase: {@code SilenceBroken} becomes "Silence broken". */
    public String eventType(String type) {
        return PlainWords.eventType(type);
    }

    /** An e-mail notification topic as the form offers it: {@code SILENCE_PASSING} becomes "Silence passing in 24 h". */
    public String notificationTopic(String topic) {
        return switch (topic) {
            case "NEW_DRAFT" -> "A new draft is circulated";
            case "INPUT_WINDOW_OPENED" -> "A window for written input opens or is extended";
            case "INPUT_WINDOW_CLOSING" -> "An input window closes within a day";
            case "SILENCE_STARTED" -> "A silence procedure starts or is extended";
            case "SILENCE_BROKEN" -> "Silence is broken";
            case "SILENCE_PASSING" -> "A silence passes within a day";
            case "CONSENSUS" -> "Consensus is declared";
            case "ADOPTION" -> "A document is adopted";
            default -> topic;
        };
    }

    public String fieldName(String field) {
        return PlainWords.field(field);
    }

    public String enumName(Enum<?> value) {
        return PlainWords.enumName(value);
    }

    /**
     * What was typed into a form's field, to show it again after a refusal or a step back from its
     * confirmation; empty for the other forms. ({@code problem} is no longer needed: the values name their form.)
     */
    public String refill(TypedValues values, Problem problem, String form, String field) {
        return values == null || !values.form().equals(form) ? null : values.first(field);
    }

    /** A typed time as a date and time picker holds it: "2017-06-05T18:00[America/New_York]" shows as 2017-06-05T18:00. */
    public String localPart(String typed) {
        if (typed == null) {
            return null;
        }
        int zone = typed.indexOf('[');
        return zone < 0 ? typed : typed.substring(0, zone);
    }

    /** Every value typed into a repeated field of the form (one per proposal row), or none. */
    public List<String> refillAll(TypedValues values, String form, String field) {
        return values == null || !values.form().equals(form) ? List.of() : values.all(field);
    }

    /** How many proposal rows the form shows: one, or as many as were typed. */
    public List<Integer> proposalRows(TypedValues values, String form) {
        int rows = Math.max(1, refillAll(values, form, "paragraph").size());
        return java.util.stream.IntStream.range(0, rows).boxed().toList();
    }

    /** The value typed at {@code index} of a repeated field, or null. */
    public String refillAt(TypedValues values, String form, String field, int index) {
        List<String> all = refillAll(values, form, field);
        return index < all.size() ? all.get(index) : null;
    }

    /**
     * The paragraphs a proposal may name: the current text's, and any typed for an older text (kept so a
     * form refused because a newer draft came out does not lose the paragraph chosen).
     */
    public List<String> paragraphChoices(List<String> paragraphs, TypedValues values, String form) {
        List<String> choices = new ArrayList<>(paragraphs);
        refillAll(values, form, "paragraph").stream()
                .filter(typed -> typed != null && !typed.isBlank() && !choices.contains(typed))
                .forEach(choices::add);
        return choices;
    }
}
