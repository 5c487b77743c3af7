package org.draftline.api.status;

import java.time.Instant;

public record WithdrawalView(String reason, Instant occurredAt) {
}
