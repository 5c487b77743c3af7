package org.draftline.api.group;

import org.draftline.api.delegation.Delegation;

import java.time.Instant;

/**
 * The groups {@code delegation} may speak for at {@code at}: itself when it is a group, and each group
 * whose mandate to it covers that time. Answers a list of {@link Delegation}.
 */
public record FindGroupsSpokenFor(Delegation delegation, Instant at) {
}
