package org.draftline.api;

import org.draftline.api.actor.Role;
import org.draftline.api.document.Stage;

import java.util.Locale;

/**
 * The names people read for what the code calls by its own names: an event's class ({@code SilenceBroken}
 * is "Silence broken"), a stage, a role, any other enum. The pages and the human-readable reports use these;
 * the API, CSV and JSON keep the codes.
 */
public final class PlainWords {

    private PlainWords() {
    }

    /** An event type as a phrase: {@code SilenceBroken} becomes "Silence broken". */
    public static String eventType(String type) {
        if (type == null || type.isEmpty()) {
            return "";
        }
        String spaced = type.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ENGLISH);
        spaced = spaced.replace("co facilitator", "co-facilitator");
        return capitalized(spaced);
    }

    public static String stage(Stage stage) {
        if (stage == null) {
            return "";
        }
        return switch (stage) {
            case REGISTERED -> "Registered";
            case CO_FACILITATORS_APPOINTED -> "Co-facilitators appointed";
            case ZERO_DRAFT -> "Zero draft";
            case REVISED_DRAFT -> "Revised draft";
            case UNDER_SILENCE -> "Under silence";
            case SILENCE_BROKEN -> "Silence broken";
            case SILENCE_PASSED -> "Silence passed";
            case FINAL_DRAFT -> "Final draft";
            case CONSENSUS -> "Consensus";
            case ADOPTED -> "Adopted";
            case WITHDRAWN -> "Withdrawn";
        };
    }

    public static String role(Role role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case SECRETARIAT -> "Secretariat";
            case DELEGATE -> "Delegate";
            case OBSERVER -> "Observer";
            case SYSTEM -> "Draftline";
        };
    }

    /** A role as the history stores it (its code), or the text itself when it names no role. */
    public static String role(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        try {
            return role(Role.valueOf(code));
        } catch (IllegalArgumentException notARole) {
            return code;
        }
    }

    /** Any other enum value as words: {@code WITHOUT_A_VOTE} becomes "Without a vote". */
    public static String enumName(Enum<?> value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Stage stage) {
            return stage(stage);
        }
        if (value instanceof Role role) {
            return role(role);
        }
        return capitalized(value.name().replace('_', ' ').toLowerCase(Locale.ENGLISH));
    }

    /**
     * A field's name as a form would label it: {@code occurredAt} becomes "Happened at",
     * {@code coFacilitators[].delegation} "Co-facilitators: delegation", {@code inputDeadline} "Input deadline".
     */
    public static String field(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String[] parts = name.replaceAll("\\[\\d*]", "").split("\\.");
        StringBuilder words = new StringBuilder();
        for (String part : parts) {
            String word = part.equals("occurredAt") ? "happened at" : part.equals("coFacilitators") ? "co-facilitators"
                    : part.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ENGLISH);
            words.append(words.isEmpty() ? "" : ": ").append(word);
        }
        return capitalized(words.toString());
    }

    private static String capitalized(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
