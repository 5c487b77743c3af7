package org.draftline.web.catchup;

import org.draftline.api.progress.ReadModelProgress;
import org.draftline.api.progress.ReadModelProgress.ReadModelPosition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The banner speaks for the read model furthest behind, in plain words, and claims no figure it lacks. */
class RereadingBannerTest {

    @Test
    void namesTheSlowestReadModelsShareAndTheLongestTimeLeft() {
        ReadModelProgress progress = new ReadModelProgress(1_000, true, true, List.of(
                position("history", 430L, 1_000, 43.0, 5.0, 114.0, true),
                position("drafts", 900L, 1_000, 90.0, 50.0, 2.0, true),
                position("groups", 1_000L, 1_000, 100.0, 0.0, 0.0, false)));
        assertThat(RereadingBanner.words(progress)).isEqualTo("The record is being re-read: 43% done, about 2 min "
                + "left. Until it is done, pages may show less than the record holds.");
    }

    @Test
    void saysNoFigureItDoesNotKnow() {
        ReadModelProgress stopped = new ReadModelProgress(1_000, false, true, List.of(
                position("history", null, 1_000, null, null, null, false)));
        assertThat(RereadingBanner.words(stopped)).isEqualTo("The record is being re-read. Until it is done, pages "
                + "may show less than the record holds.");
        ReadModelProgress noPaceYet = new ReadModelProgress(1_000, true, true, List.of(
                position("history", 10L, 1_000, 1.0, null, null, true)));
        assertThat(RereadingBanner.words(noPaceYet)).startsWith("The record is being re-read: 1% done. ");
    }

    @Test
    void putsTheTimeLeftInPlainWords() {
        assertThat(RereadingBanner.timeLeft(12)).isEqualTo("less than a minute left");
        assertThat(RereadingBanner.timeLeft(150)).isEqualTo("about 3 min left");
        assertThat(RereadingBanner.timeLeft(3_900)).isEqualTo("about 1 h 5 min left");
    }

    private static ReadModelPosition position(String name, Long position, long head, Double percent,
                                              Double eventsPerSecond, Double secondsLeft, boolean catchingUp) {
        return new ReadModelPosition(name, name, position, head, percent, eventsPerSecond, secondsLeft, catchingUp,
                catchingUp);
    }
}
