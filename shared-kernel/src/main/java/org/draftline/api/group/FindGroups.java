package org.draftline.api.group;

/** Every negotiating group of the reference list, with its known members and its mandates. Answers a list of {@link GroupView}. */
public record FindGroups() {
}
