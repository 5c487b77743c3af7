package org.draftline.api.meeting;

/**
 * The level at which a delegation is represented on a list of speakers, in the Assembly's order of
 * precedence (declaration order): heads of State, vice-presidents and crown princes or princesses, heads of
 * Government, ministers, vice-ministers, heads of delegation (ambassadors, permanent representatives), others.
 */
public enum RepresentationLevel {
    HEAD_OF_STATE("Head of State"),
    VICE_PRESIDENT("Vice-President or Crown Prince/Princess"),
    HEAD_OF_GOVERNMENT("Head of Government"),
    MINISTER("Minister"),
    VICE_MINISTER("Vice-Minister"),
    PERMANENT_REPRESENTATIVE("Head of delegation (Ambassador, Permanent Representative)"),
    OTHER("Other member of the delegation");

    private final String label;

    RepresentationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
