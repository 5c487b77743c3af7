package org.draftline.api.meeting;

/** A panellist of an interactive panel: name, title and organization, as the programme prints them. */
public record Panellist(String name, String title, String organization) {
}
