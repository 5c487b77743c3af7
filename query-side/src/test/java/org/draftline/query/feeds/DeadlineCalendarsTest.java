package org.draftline.query.feeds;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.draftline.api.Deadline;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.DocumentWithdrawn;
import org.draftline.api.document.DocumentEvent.InputWindowClosed;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.InputWindowReopened;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.feed.Deadlines;
import org.draftline.api.history.HistoryEntry;
import org.draftline.query.history.RecordedEvents.Recorded;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines as the calendar tells them, whatever zone they were given in and however they ended. */
class DeadlineCalendarsTest {

    private static final DocumentId DOCUMENT = DocumentId.of("calendar-test");
    private static final FeedIds IDS = new FeedIds("drafts.example.org");
    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    @Test
    void aDeadlineKeepsTheZoneItWasGivenInAndAnOffsetIsWrittenInUtc() throws Exception {
        Deadline nairobi = new Deadline(Instant.parse("2026-03-10T15:00:00Z"), ZoneId.of("Africa/Nairobi"));
        Deadline offset = new Deadline(Instant.parse("2026-03-12T22:00:00Z"), ZoneOffset.ofHours(-4));
        Calendar calendar = parse(DeadlineCalendars.write(IDS, "Deadlines", List.of(
                entry(Deadlines.Kind.SILENCE, 1, nairobi), entry(Deadlines.Kind.INPUT, 1, offset)), "https://x.example"));

        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactly("Africa/Nairobi");
        VEvent silence = event(calendar, "calendar-test/silence/1@drafts.example.org");
        assertThat(silence.getStartDate().orElseThrow().getValue()).isEqualTo("20260310T180000");
        assertThat(silence.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Africa/Nairobi");
        VEvent input = event(calendar, "calendar-test/input-window/1@drafts.example.org");
        assertThat(input.getStartDate().orElseThrow().getValue()).isEqualTo("20260312T220000Z");
        assertThat(input.getEndDate().orElseThrow().getValue()).isEqualTo("20260312T223000Z");
        assertThat(input.getDescription().getValue()).contains("New York time").contains("22:00 UTC");
    }

    @Test
    void aWithdrawalCancelsWhatStillStandsAndAReopenedWindowIsADeadlineOfItsOwn() {
        Deadline early = new Deadline(T0.plusSeconds(86_400), ZoneId.of("America/New_York"));
        Deadline later = new Deadline(T0.plusSeconds(10 * 86_400), ZoneId.of("America/New_York"));
        List<Recorded> record = new ArrayList<>();
        record.add(recorded(0, new InputWindowOpened(DOCUMENT, DraftLabel.ZERO, early, T0)));
        record.add(recorded(1, new InputWindowClosed(DOCUMENT, DraftLabel.ZERO, early.at())));
        record.add(recorded(2, new InputWindowReopened(DOCUMENT, DraftLabel.ZERO, later, early.at().plusSeconds(60))));
        record.add(recorded(3, new SilenceStarted(DOCUMENT, 1, DraftLabel.ZERO, later, early.at().plusSeconds(120))));
        record.add(recorded(4, new DocumentWithdrawn(DOCUMENT, "Withdrawn", early.at().plusSeconds(180))));

        List<Deadlines.Entry> deadlines = DeadlineFold.of(DOCUMENT, record);

        assertThat(deadlines).extracting(Deadlines.Entry::kind, Deadlines.Entry::ordinal, Deadlines.Entry::cancelled,
                Deadlines.Entry::revision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Deadlines.Kind.INPUT, 1, false, 0),
                org.assertj.core.groups.Tuple.tuple(Deadlines.Kind.INPUT, 2, true, 1),
                org.assertj.core.groups.Tuple.tuple(Deadlines.Kind.SILENCE, 1, true, 1));
        assertThat(deadlines.get(0).state()).isEqualTo("The window closed at its deadline.");
        assertThat(deadlines.get(2).state()).isEqualTo("The document was withdrawn.");
        assertThat(deadlines.get(2).changedAt()).isEqualTo(recordedAt(4));
    }

    private static Deadlines.Entry entry(Deadlines.Kind kind, int ordinal, Deadline deadline) {
        return new Deadlines.Entry(DOCUMENT, "A calendar test", kind, ordinal, "Zero draft", deadline, 0, T0, T0,
                false, null);
    }

    private static Recorded recorded(long sequence, DocumentEvent event) {
        return new Recorded(new HistoryEntry(sequence, event.getClass().getSimpleName(), event.occurredAt(),
                recordedAt(sequence), "secretariat", "SECRETARIAT", null, null, "summary", Map.of(), null, null), event);
    }

    private static Instant recordedAt(long sequence) {
        return Instant.parse("2026-12-01T00:00:00Z").plusSeconds(sequence);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getUid().orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
    }
}
