package org.draftline.api.delegation;

import org.draftline.api.InvalidValue;
import org.draftline.api.Recorded;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;

/**
 * A party that can table or co-sponsor text: a UN member state, a non-member observer state
 * (by ISO 3166-1 alpha-3 code) or a negotiating group such as {@code G77} or {@code EU}.
 * Only codes in the reference list {@code delegations.tsv} are accepted, so that a typo cannot
 * create a delegation that does not exist; a code read back from the record ({@link Recorded}) is taken
 * as it stands, even one the list no longer holds. Serialised to JSON as the bare code.
 */
public record Delegation(String code) {

    public Delegation {
        code = Recorded.isBeingRead() ? code : checked(code);
    }

    private static String checked(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValue("delegation: required");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!DelegationReferenceList.ENTRIES.containsKey(code)) {
            throw new InvalidValue("delegation: unknown code '" + code
                    + "'; expected an ISO 3166-1 alpha-3 code of a UN member or observer state,"
                    + " or a negotiating group such as G77 or EU");
        }
        return code;
    }

    /** A code as the record holds it, known to today's list or not. */
    public static Delegation recorded(String code) {
        return Recorded.read(() -> new Delegation(code));
    }

    @JsonCreator
    public static Delegation of(String code) {
        return new Delegation(code);
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** The delegation's name; the bare code for one recorded before today's list dropped it. */
    public String name() {
        DelegationReferenceList.Entry entry = entry();
        return entry == null ? code : entry.name();
    }

    /** What sort of party it is; null for a code recorded before today's list dropped it. */
    public DelegationKind kind() {
        DelegationReferenceList.Entry entry = entry();
        return entry == null ? null : entry.kind();
    }

    public boolean isGroup() {
        return kind() == DelegationKind.GROUP;
    }

    /** True for member and observer states alike. */
    public boolean isState() {
        return !isGroup();
    }

    /** A member state of the United Nations: neither an observer state nor a group. */
    public boolean isMemberState() {
        return kind() == DelegationKind.MEMBER_STATE;
    }

    /** Every known delegation, in reference-list order. */
    public static List<Delegation> all() {
        return DelegationReferenceList.ENTRIES.keySet().stream().map(Delegation::new).toList();
    }

    /** Whether {@code code}, after trimming and upper-casing, is in the reference list. */
    public static boolean isKnown(String code) {
        return code != null && !code.isBlank()
                && DelegationReferenceList.ENTRIES.containsKey(code.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return code;
    }

    private DelegationReferenceList.Entry entry() {
        return DelegationReferenceList.ENTRIES.get(code);
    }
}
