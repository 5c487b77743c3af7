package org.draftline.api.actor;

import org.draftline.api.InvalidValue;
import org.draftline.api.Fields;
import org.draftline.api.delegation.Delegation;

import java.util.HashMap;
import java.util.Map;

/**
 * Who performs a command: the authenticated user, their role, and for a delegate their delegation.
 * It travels in the message metadata, never in a command's body, and is copied onto every event.
 */
public record Actor(String username, Role role, Delegation delegation) {

    public static final String USERNAME = "actor";
    public static final String ROLE = "role";
    public static final String DELEGATION = "delegation";
    /** Marks an event recorded because a deadline came, whichever command's act carried it onto the record. */
    public static final String BY_DEADLINE = "byDeadline";

    public static final Actor SYSTEM = new Actor("draftline", Role.SYSTEM, null);

    public Actor {
        username = Fields.required(username, "actor");
        Fields.required(role, "role");
        if (role == Role.DELEGATE && delegation == null) {
            throw new InvalidValue("delegation: a delegate acts for a delegation");
        }
        if (role != Role.DELEGATE && delegation != null) {
            throw new InvalidValue("delegation: only a delegate acts for a delegation");
        }
    }

    public static Actor secretariat(String username) {
        return new Actor(username, Role.SECRETARIAT, null);
    }

    public static Actor delegate(String username, Delegation delegation) {
        return new Actor(username, Role.DELEGATE, delegation);
    }

    public static Actor observer(String username) {
        return new Actor(username, Role.OBSERVER, null);
    }

    public Map<String, String> toMetaData() {
        Map<String, String> metaData = new HashMap<>();
        metaData.put(USERNAME, username);
        metaData.put(ROLE, role.name());
        if (delegation != null) {
            metaData.put(DELEGATION, delegation.code());
        }
        return metaData;
    }

    /**
     * The actor recorded in a message's metadata: Draftline itself for what a deadline brought about; a
     * message naming no actor is refused upstream. The delegation is taken as recorded, even one today's
     * reference list no longer holds.
     */
    public static Actor fromMetaData(Map<String, ?> metaData) {
        if ("true".equals(String.valueOf(metaData.get(BY_DEADLINE)))) {
            return SYSTEM;
        }
        Object username = metaData.get(USERNAME);
        Object role = metaData.get(ROLE);
        if (username == null || role == null) {
            throw new InvalidValue("actor: the message names no actor in its metadata");
        }
        Object delegation = metaData.get(DELEGATION);
        return new Actor(username.toString(), Role.valueOf(role.toString()),
                delegation == null ? null : Delegation.recorded(delegation.toString()));
    }

    public boolean is(Role expected) {
        return role == expected;
    }
}
