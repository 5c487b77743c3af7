package org.draftline.api.document;

import org.draftline.api.InvalidValue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.RecordableTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** The secretariat records the plenary's adoption: symbol, date, and how it was adopted. */
public record RecordAdoption(@TargetAggregateIdentifier DocumentId documentId, String symbol, LocalDate adoptedOn,
                             AdoptionMethod method, Votes votes, String draftSymbol, Instant occurredAt) {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z]+(/[A-Za-z0-9.()-]+)+");

    public RecordAdoption {
        Fields.required(documentId, "id");
        symbol = symbol(Fields.text(symbol, "symbol"), "symbol");
        RecordableTime.day(Fields.required(adoptedOn, "adoptedOn"), "adoptedOn");
        Fields.required(method, "method");
        if (method == AdoptionMethod.RECORDED_VOTE && votes == null) {
            throw new InvalidValue("votes: required for a RECORDED_VOTE");
        }
        if (method == AdoptionMethod.WITHOUT_A_VOTE && votes != null) {
            throw new InvalidValue("votes: a text adopted WITHOUT_A_VOTE has no votes");
        }
        draftSymbol = Fields.optionalText(draftSymbol, "draftSymbol");
        draftSymbol = draftSymbol == null ? null : symbol(draftSymbol, "draftSymbol");
        RecordableTime.instant(occurredAt, "occurredAt");
    }

    private static String symbol(String value, String field) {
        if (!SYMBOL.matcher(value).matches() || value.length() > 60) {
            throw new InvalidValue(field + ": '" + value
                    + "' is not a UN document symbol such as A/RES/71/287 or A/71/L.65");
        }
        return value;
    }
}
