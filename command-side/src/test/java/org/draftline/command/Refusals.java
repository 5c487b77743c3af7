package org.draftline.command;

import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** What the fixtures expect of a refused command: a {@link RuleViolation} of one rule. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<Throwable> violates(NegotiationRule rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation violation && violation.rule() == rule;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of " + rule);
            }
        };
    }
}
