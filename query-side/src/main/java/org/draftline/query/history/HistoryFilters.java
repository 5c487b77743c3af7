package org.draftline.query.history;

import org.draftline.api.InvalidValue;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentEvent;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The audit trail's filters as clients write them, checked the same way wherever they are taken. */
public final class HistoryFilters {

    private static final Set<String> EVENT_TYPES = Arrays.stream(DocumentEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toCollection(TreeSet::new));

    private HistoryFilters() {
    }

    /** An event type such as {@code SilenceBroken}, or null for every type. */
    public static String type(String type) {
        if (type != null && !EVENT_TYPES.contains(type)) {
            throw new InvalidValue("type: '" + type + "' is not an event type; expected one of "
                    + String.join(", ", EVENT_TYPES));
        }
        return type;
    }

    /** A delegation code, or null for every delegation. */
    public static Delegation delegation(String code) {
        if (code != null && !Delegation.isKnown(code)) {
            throw new InvalidValue("delegation: unknown delegation '" + code + "'");
        }
        return code == null ? null : Delegation.of(code);
    }
}
