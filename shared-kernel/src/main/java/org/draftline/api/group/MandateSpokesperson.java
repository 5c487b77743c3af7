package org.draftline.api.group;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.RecordableTime;
import org.draftline.api.delegation.Delegation;

import java.time.LocalDate;

/**
 * The secretariat records that {@code delegation} speaks for {@code group} from {@code from} to
 * {@code to} (both included; {@code to} null: until further notice).
 */
public record MandateSpokesperson(@TargetAggregateIdentifier Delegation group, Delegation delegation,
                                  LocalDate from, LocalDate to) {

    public MandateSpokesperson {
        Fields.required(group, "group");
        if (!group.isGroup()) {
            throw new InvalidValue("group: " + group + " is " + group.name() + ", not a group of states");
        }
        Fields.required(delegation, "delegation");
        if (delegation.equals(group)) {
            throw new InvalidValue("delegation: " + group + " always speaks for itself; a mandate names another "
                    + "delegation");
        }
        if (delegation.isGroup()) {
            throw new InvalidValue("delegation: " + delegation + " is a group; a group is spoken for by one of its "
                    + "states, such as the chair");
        }
        RecordableTime.day(Fields.required(from, "from"), "from");
        RecordableTime.day(to, "to");
        if (to != null && to.isBefore(from)) {
            throw new InvalidValue("to: " + to + " is before from (" + from + "); a mandate runs from its first day "
                    + "to its last, both included");
        }
    }
}
