package org.draftline.api.meeting;

import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;

import java.time.Duration;

/**
 * How long a statement may last: {@code delegation} for a delegation speaking for itself, {@code group} for a
 * statement on behalf of a group of States (the 2017 modalities: 3 and 5 minutes).
 */
public record TimeLimits(Duration delegation, Duration group) {

    static final Duration LONGEST = Duration.ofHours(1);

    /** A limit for each kind of statement: more than nothing, at most an hour. */
    public static TimeLimits of(Duration delegation, Duration group) {
        return new TimeLimits(limit(delegation, "timeLimits.delegation"), limit(group, "timeLimits.group"));
    }

    private static Duration limit(Duration value, String field) {
        Fields.required(value, field);
        if (value.isNegative() || value.isZero() || value.compareTo(LONGEST) > 0) {
            throw new InvalidValue(field + ": " + value + " is not a time limit; give one of more than 0 and at most "
                    + "an hour, such as PT3M");
        }
        return value;
    }

    /** The limit of a statement by a delegation for itself ({@code onBehalfOf} null) or for a group. */
    public Duration forStatement(boolean onBehalfOfAGroup) {
        return onBehalfOfAGroup ? group : delegation;
    }
}
