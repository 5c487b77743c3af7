package org.draftline.api.document;

import org.draftline.api.InvalidValue;
import org.draftline.api.Recorded;
import org.draftline.api.Fields;
import org.draftline.api.delegation.Delegation;

import java.util.List;

/** A co-facilitator: the state they represent and, where known, the representative's name. */
public record CoFacilitator(Delegation delegation, String representative) {

    public CoFacilitator {
        if (!Recorded.isBeingRead()) {
            check(delegation);
            representative = Fields.optionalText(representative, "coFacilitators[].representative");
        }
    }

    private static void check(Delegation delegation) {
        if (delegation == null) {
            throw new InvalidValue("coFacilitators[].delegation: required");
        }
        if (!delegation.isState()) {
            throw new InvalidValue("coFacilitators[].delegation: " + delegation.name()
                    + " is a group; a co-facilitator represents a member state");
        }
        if (!delegation.isMemberState()) {
            throw new InvalidValue("coFacilitators[].delegation: " + delegation.name()
                    + " is an observer state; co-facilitators are appointed from the member states");
        }
    }

    /** A list of co-facilitators as a command carries it: at least one, each state once. */
    static List<CoFacilitator> distinct(List<CoFacilitator> coFacilitators) {
        List<CoFacilitator> list = Fields.nonEmpty(coFacilitators, "coFacilitators");
        if (list.stream().map(CoFacilitator::delegation).distinct().count() < list.size()) {
            throw new InvalidValue("coFacilitators: a state is named twice");
        }
        return list;
    }
}
