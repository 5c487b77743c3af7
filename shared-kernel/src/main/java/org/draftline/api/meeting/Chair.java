package org.draftline.api.meeting;

import org.draftline.api.delegation.Delegation;

/** Who chairs a segment: the State whose representative chairs it, and that person. */
public record Chair(Delegation delegation, String person) {
}
