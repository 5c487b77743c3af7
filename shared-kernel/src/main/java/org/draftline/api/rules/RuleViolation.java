package org.draftline.api.rules;

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
}
