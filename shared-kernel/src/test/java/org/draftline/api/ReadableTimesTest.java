package org.draftline.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ReadableTimesTest {

    @Test
    void showsNewYorkTimeWithUtcBeside() {
        assertThat(ReadableTimes.of(Instant.parse("2026-11-30T21:06:13.123456789Z")))
                .isEqualTo("30 Nov 2026, 16:06 New York time (21:06 UTC)");
    }

    @Test
    void namesTheUtcDayWhenItIsAnotherDay() {
        assertThat(ReadableTimes.of(Instant.parse("2017-06-06T02:30:00Z")))
                .isEqualTo("5 Jun 2017, 22:30 New York time (6 Jun 2017, 02:30 UTC)");
    }

    @Test
    void showsADeadlineAlsoInTheZoneItWasGivenIn() {
        Deadline geneva = new Deadline(Instant.parse("2030-06-12T16:00:00Z"), ZoneId.of("Europe/Zurich"));
        assertThat(ReadableTimes.of(geneva))
                .isEqualTo("12 Jun 2030, 12:00 New York time (16:00 UTC); 18:00 Europe/Zurich as given");
        Deadline newYork = new Deadline(Instant.parse("2030-06-12T22:00:00Z"), ReadableTimes.NEW_YORK);
        assertThat(ReadableTimes.of(newYork)).isEqualTo("12 Jun 2030, 18:00 New York time (22:00 UTC)");
    }

    @Test
    void writesNoSecondsNorNanoseconds() {
        assertThat(ReadableTimes.of(Instant.parse("2026-01-02T03:04:05.999Z"))).doesNotContain(":05", ".999", "03:04:");
        assertThat(ReadableTimes.utc(Instant.parse("2026-01-02T03:04:05.999Z"))).isEqualTo("2 Jan 2026, 03:04 UTC");
    }

    @Test
    void theLongFormReadsAlone() {
        assertThat(ReadableTimes.longForm(Instant.parse("2017-02-08T21:00:00Z")))
                .isEqualTo("Wednesday 8 February 2017, 16:00 New York time (8 February 2017, 21:00 UTC)");
    }

    @Test
    void nothingIsEmpty() {
        assertThat(ReadableTimes.of((Instant) null)).isEmpty();
        assertThat(ReadableTimes.of((Deadline) null)).isEmpty();
    }
}
