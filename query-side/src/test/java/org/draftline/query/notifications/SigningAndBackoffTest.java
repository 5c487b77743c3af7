package org.draftline.query.notifications;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SigningAndBackoffTest {

    /** The value a receiver computes with any HMAC library (this one with Python's hmac module). */
    @Test
    void signsTheTimestampDotBodyWithTheSecretsBytes() {
        assertThat(WebhookPoster.sign("whsec_0123", 1_700_000_000L, "{\"id\":\"e1\"}"))
                .isEqualTo("fed7c9008f030823a14174689267f7fe634af2a14263ac9b1ce3d3ca5591cfdf");
    }

    @Test
    void waitsDoubleFromTheFirstUpToTheLongest() {
        NotificationProperties properties = new NotificationProperties(false, Duration.ofSeconds(10),
                Duration.ofMinutes(1), Duration.ofHours(24), Duration.ofHours(24), "", Duration.ofSeconds(5),
                Duration.ofSeconds(10), "");
        assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.backoff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(properties.backoff(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backoff(400)).isEqualTo(Duration.ofMinutes(1));
    }
}
