package org.draftline.api.group;

import org.draftline.api.delegation.Delegation;

/** One group with its known members and its mandates. Answers an optional {@link GroupView}. */
public record FindGroup(Delegation group) {
}
