package org.draftline.api.delegation;

import org.draftline.api.InvalidValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;

/**
 * A party that can table or co-sponsor text: a UN member state, a non-member observer state
 * (by ISO 3166-1 alpha-3 code) or a negotiating group such as {@code G77} or {@code EU}.
 * Only codes in the reference list {@code delegations.tsv} are accepted, so that a typo cannot
 * create a delegation that does not exist. Serialised to JSON as the bare code.
 */
public record Delegation(String code) {

    public Delegation {
        if (code == null || code.isBlank()) {
            throw new InvalidValue("delegation: required");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!DelegationReferenceList.ENTRIES.containsKey(code)) {
            throw new InvalidValue("delegation: unknown code '" + code
                    + "'; expected an ISO 3166-1 alpha-3 code of a UN member or observer state,"
                    + " or a negotiating group such as G77 or EU");
        }
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

    public String name() {
        return entry().name();
    }

    public DelegationKind kind() {
        return entry().kind();
    }

    public boolean isGroup() {
        return kind() == DelegationKind.GROUP;
    }

    /** True for member and observer states alike. */
    public boolean isState() {
        return !isGroup();
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
