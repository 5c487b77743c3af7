package org.draftline.api.group;

import org.draftline.api.delegation.Delegation;

import java.time.Duration;

/**
 * Wait, at most {@code timeout}, until the groups read model has processed a group's events up to
 * {@code sequence}. Answers whether it got there.
 */
public record AwaitGroup(Delegation group, long sequence, Duration timeout) {
}
