package org.draftline.web.catchup;

import org.draftline.api.progress.ReadModelProgress;
import org.draftline.web.Reading;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What every page says while the read models catch up with the record (a rebuild, or a start behind it):
 * how much is read and about how long it will take, in plain words. Nothing once they have caught up.
 */
@Component
public class RereadingBanner {

    private final Reading reading;

    RereadingBanner(Reading reading) {
        this.reading = reading;
    }

    /** The banner's words, or empty when the pages show the whole record. */
    public Optional<String> text() {
        return reading.readModelProgress().filter(progress -> progress.catchingUp() || progress.rebuilding())
                .map(RereadingBanner::words);
    }

    static String words(ReadModelProgress progress) {
        StringBuilder words = new StringBuilder("The record is being re-read");
        progress.slowest().ifPresent(slowest -> words.append(": ").append(percent(slowest.percent())).append("% done"));
        progress.secondsLeft().ifPresent(seconds -> words.append(", ").append(timeLeft(seconds)));
        return words.append(". Until it is done, pages may show less than the record holds.").toString();
    }

    private static String percent(double percent) {
        return String.valueOf((long) Math.floor(percent));
    }

    /** "less than a minute left", "about 2 min left", "about 1 h 5 min left". */
    static String timeLeft(double seconds) {
        if (seconds < 60) {
            return "less than a minute left";
        }
        long minutes = Math.round(seconds / 60);
        if (minutes < 60) {
            return "about " + minutes + " min left";
        }
        return "about " + minutes / 60 + " h " + minutes % 60 + " min left";
    }
}
