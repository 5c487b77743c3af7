package org.draftline.platform.acting;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.draftline.api.InvalidValue;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.platform.axon.StoreConflicts;
import org.draftline.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Optional;

/**
 * Why a command was not recorded, told the same way to every client: the API answers it as problem details,
 * a page shows it beside the form that sent the command.
 *
 * @param status  the HTTP status the refusal is
 * @param code    the stable code: the rule's, {@value #INVALID_REQUEST} for a field refused, or {@value #CONCURRENT_CHANGE}
 * @param field   the field refused, empty when the act as a whole was
 * @param message the reason, in words
 */
public record Refusal(HttpStatus status, String code, String field, String message) {

    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    public static final String CONCURRENT_CHANGE = "CONCURRENT_CHANGE";

    /** The refusal a command's failure carries, or empty when it failed for a fault of Draftline's own. */
    public static Optional<Refusal> of(Throwable failure) {
        Optional<RuleViolation> violation = RuleViolation.in(failure);
        if (violation.isPresent()) {
            return violation.map(Refusal::of);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidValue invalid) {
                return Optional.of(of(invalid));
            }
            if (cause instanceof AggregateNotFoundException unknown) {
                return Optional.of(new Refusal(HttpStatus.NOT_FOUND, NegotiationRule.UNKNOWN_DOCUMENT.name(), "",
                        "no document '" + unknown.getAggregateIdentifier() + "' is registered"));
            }
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                    || StoreConflicts.isUniqueViolation(cause)) {
                return Optional.of(new Refusal(HttpStatus.CONFLICT, CONCURRENT_CHANGE, "", "another change to this "
                        + "document was recorded at the same moment; read it and try again"));
            }
        }
        return Optional.empty();
    }

    public static Refusal of(RuleViolation violation) {
        HttpStatus status = switch (violation.rule().refusal()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return new Refusal(status, violation.code(), "", violation.getMessage());
    }

    public static Refusal of(InvalidValue invalid) {
        return new Refusal(HttpStatus.BAD_REQUEST, INVALID_REQUEST, invalid.field(), invalid.reason());
    }

    /** Whether a field the client sent was refused, rather than the act by a rule or a race. */
    public boolean isInvalidField() {
        return INVALID_REQUEST.equals(code);
    }

    /** The refusal as the API answers it (RFC 9457). */
    public ProblemDetail problem() {
        return isInvalidField() ? Problems.invalid(List.of(new Problems.FieldError(field, message)))
                : Problems.withCode(status, code, message);
    }
}
