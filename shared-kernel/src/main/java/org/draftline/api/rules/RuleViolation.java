package org.draftline.api.rules;

import org.axonframework.messaging.HandlerExecutionException;

import java.util.Optional;

/** A command refused by a rule of the negotiation; nothing was recorded. */
public class RuleViolation extends RuntimeException {

    private final NegotiationRule rule;

    public RuleViolation(NegotiationRule rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public NegotiationRule rule() {
        return rule;
    }

    public String code() {
        return rule.name();
    }

    /** What travels with a refusal across a distributed command bus, where the exception itself does not. */
    public Refusal toRefusal() {
        return new Refusal(rule, getMessage());
    }

    /**
     * The refusal a command's failure carries: the violation itself when it was thrown in this JVM, or the
     * details of a handler execution exception that came back from another.
     */
    public static Optional<RuleViolation> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
            if (cause instanceof HandlerExecutionException execution) {
                Optional<Object> details = execution.getDetails();
                if (details.isPresent() && details.get() instanceof Refusal refusal) {
                    return Optional.of(new RuleViolation(refusal.rule(), refusal.detail()));
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    public record Refusal(NegotiationRule rule, String detail) {
    }
}
