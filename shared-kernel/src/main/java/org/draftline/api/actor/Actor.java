package org.draftline.api.actor;

import org.draftline.api.InvalidValue;
import org.draftline.api.Fields;
import org.draftline.api.delegation.Delegation;

import java.util.HashMap;
import java.util.Map;

/**
 * Who performs a command: the authenticated user, their role, and for a delegate their delegation, and
 * the person who acted where known. It travels in the message metadata, never in a command's body, and
 * is copied onto every event. When the secretariat records an act for the delegation that performed it
 * (history recorded after the fact), the actor is that delegation and {@code recordedBy} names the
 * secretariat's user.
 */
public record Actor(String username, Role role, Delegation delegation, String recordedBy, String person) {

    public static final String USERNAME = "actor";
    public static final String ROLE = "role";
    public static final String DELEGATION = "delegation";
    /** Marks an event recorded because a deadline came, whichever command's act carried it onto the record. */
    public static final String BY_DEADLINE = "byDeadline";
    /** The secretariat's user who recorded an act for the delegation that performed it. */
    public static final String RECORDED_BY = "recordedBy";
    /** The person who acted, where known. */
    public static final String PERSON = "person";
    /** The longest name of a user or person the record keeps. */
    public static final int LONGEST_NAME = 200;

    public static final Actor SYSTEM = new Actor("draftline", Role.SYSTEM, null);

    public Actor {
        username = Fields.required(username, "actor");
        person = Fields.optional(person);
        Fields.required(role, "role");
        if (role == Role.DELEGATE && delegation == null) {
            throw new InvalidValue("delegation: a delegate acts for a delegation");
        }
        if (role != Role.DELEGATE && delegation != null) {
            throw new InvalidValue("delegation: only a delegate acts for a delegation");
        }
        if (recordedBy != null && (recordedBy.isBlank() || role == Role.SECRETARIAT || role == Role.SYSTEM)) {
            throw new InvalidValue("recordedBy: the secretariat records acts of delegations only");
        }
    }

    public Actor(String username, Role role, Delegation delegation) {
        this(username, role, delegation, null, null);
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

    /**
     * The act of {@code delegation} as the secretariat's user {@code secretariat} records it: the rules
     * judge it as that delegation's; {@code person} names who acted, where known.
     */
    public static Actor recordedFor(Delegation delegation, String person, String secretariat) {
        return new Actor(delegation.code(), Role.DELEGATE, delegation, secretariat, person);
    }

    /** The same actor, as recorded by the secretariat's user {@code secretariat}. */
    public Actor recordedBy(String secretariat) {
        return new Actor(username, role, delegation, secretariat, person);
    }

    /** Whether this act may be dated in the past: the secretariat's own, or one it records for a delegation. */
    public boolean recordsThePast() {
        return role == Role.SECRETARIAT || recordedBy != null;
    }

    public Map<String, String> toMetaData() {
        Map<String, String> metaData = new HashMap<>();
        metaData.put(USERNAME, username);
        metaData.put(ROLE, role.name());
        if (delegation != null) {
            metaData.put(DELEGATION, delegation.code());
        }
        if (recordedBy != null) {
            metaData.put(RECORDED_BY, recordedBy);
        }
        if (person != null) {
            metaData.put(PERSON, person);
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
        Object recordedBy = metaData.get(RECORDED_BY);
        Object person = metaData.get(PERSON);
        return new Actor(username.toString(), Role.valueOf(role.toString()),
                delegation == null ? null : Delegation.recorded(delegation.toString()),
                recordedBy == null ? null : recordedBy.toString(), person == null ? null : person.toString());
    }

    public boolean is(Role expected) {
        return role == expected;
    }
}
