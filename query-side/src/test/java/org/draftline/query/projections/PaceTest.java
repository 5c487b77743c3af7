package org.draftline.query.projections;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The pace is the events read over the last few seconds, and the figures derived from it say no more than they know. */
class PaceTest {

    private static final long SECOND = 1_000_000_000L;

    private final Pace pace = new Pace(Duration.ofSeconds(5));

    @Test
    void isUnknownBeforeTwoSamples() {
        assertThat(pace.eventsPerSecond("history")).isNull();
        pace.record("history", 0, 10L);
        assertThat(pace.eventsPerSecond("history")).isNull();
    }

    @Test
    void isTheEventsReadOverTheLastFewSeconds() {
        pace.record("history", 0, 0L);
        pace.record("history", SECOND, 1_000L);
        assertThat(pace.eventsPerSecond("history")).isEqualTo(1_000.0);
        for (int second = 2; second <= 10; second++) {
            pace.record("history", second * SECOND, 1_000L + (second - 1) * 100L);
        }
        assertThat(pace.eventsPerSecond("history")).as("the fast first second is out of the window").isEqualTo(100.0);
        assertThat(pace.eventsPerSecond("drafts")).isNull();
    }

    @Test
    void startsAfreshWhenThePositionGoesBackOrIsLost() {
        pace.record("history", 0, 5_000L);
        pace.record("history", SECOND, 6_000L);
        pace.record("history", 2 * SECOND, -1L);
        assertThat(pace.eventsPerSecond("history")).as("reset: the replay starts again").isNull();
        pace.record("history", 3 * SECOND, 500L);
        assertThat(pace.eventsPerSecond("history")).isEqualTo(501.0);
        pace.record("history", 4 * SECOND, null);
        assertThat(pace.eventsPerSecond("history")).as("its processor stopped").isNull();
    }

    @Test
    void percentIsRoundedDownSoThatOnlyTheHeadIsAHundred() {
        assertThat(CatchUp.percent(null, 100)).isNull();
        assertThat(CatchUp.percent(-1L, 1_000)).isZero();
        assertThat(CatchUp.percent(430L, 1_000)).isEqualTo(43.0);
        assertThat(CatchUp.percent(99_999L, 100_000)).isEqualTo(99.9);
        assertThat(CatchUp.percent(100_000L, 100_000)).isEqualTo(100.0);
        assertThat(CatchUp.percent(-1L, -1)).as("an empty record is read whole").isEqualTo(100.0);
    }

    @Test
    void timeLeftIsZeroAtTheHeadAndUnknownWithoutAPace() {
        assertThat(CatchUp.secondsLeft(1_000L, 1_000, null)).isZero();
        assertThat(CatchUp.secondsLeft(500L, 1_000, null)).isNull();
        assertThat(CatchUp.secondsLeft(500L, 1_000, 0.0)).isNull();
        assertThat(CatchUp.secondsLeft(500L, 1_000, 200.0)).isEqualTo(2.5);
        assertThat(CatchUp.secondsLeft(null, 1_000, 200.0)).isNull();
    }
}
