package org.draftline.query.notifications;

import org.draftline.api.document.DocumentEvent;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** The event types a webhook may ask for: the names the audit trail shows ({@code SilenceStarted}). */
final class EventTypes {

    static final Set<String> ALL = names();

    private EventTypes() {
    }

    static String of(DocumentEvent event) {
        return event.getClass().getSimpleName();
    }

    private static Set<String> names() {
        Set<String> names = new TreeSet<>();
        Arrays.stream(DocumentEvent.class.getPermittedSubclasses()).forEach(type -> names.add(type.getSimpleName()));
        return Set.copyOf(names);
    }
}
