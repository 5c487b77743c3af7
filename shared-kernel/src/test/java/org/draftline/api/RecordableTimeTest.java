package org.draftline.api;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Times are recorded from the UN Charter's entry into force to the end of year 9999; deadlines within a year. */
class RecordableTimeTest {

    private static final Instant CHARTER = Instant.parse("1945-10-24T00:00:00Z");

    @Test
    void timesFromTheCharterToTheEndOfYear9999AreRecorded() {
        assertThat(RecordableTime.instant(CHARTER, "occurredAt")).isEqualTo(CHARTER);
        Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");
        assertThat(RecordableTime.instant(last, "occurredAt")).isEqualTo(last);
        assertThat(RecordableTime.instant(null, "occurredAt")).isNull();
    }

    @Test
    void timesOutsideAreRefusedNamingTheField() {
        for (Instant time : new Instant[]{CHARTER.minusNanos(1), Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("-4714-11-24T00:00:00Z"), Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("+99999-01-01T00:00:00Z"), Instant.parse("+999999999-12-31T23:59:59Z"), Instant.MAX}) {
            assertThatThrownBy(() -> RecordableTime.instant(time, "occurredAt")).as(time.toString())
                    .isInstanceOf(InvalidValue.class)
                    .hasMessageStartingWith("occurredAt: " + time + " is outside the dates Draftline records");
        }
    }

    @Test
    void daysFromTheCharterToTheEndOfYear9999AreRecorded() {
        assertThat(RecordableTime.day(LocalDate.of(1945, 10, 24), "heldOn")).isEqualTo(LocalDate.of(1945, 10, 24));
        assertThat(RecordableTime.day(LocalDate.of(9999, 12, 31), "heldOn")).isEqualTo(LocalDate.of(9999, 12, 31));
        for (LocalDate day : new LocalDate[]{LocalDate.of(1945, 10, 23), LocalDate.of(1, 1, 1), LocalDate.MIN,
                LocalDate.of(10000, 1, 1), LocalDate.MAX}) {
            assertThatThrownBy(() -> RecordableTime.day(day, "adoptedOn")).as(day.toString())
                    .isInstanceOf(InvalidValue.class).hasMessageStartingWith("adoptedOn: ");
        }
    }

    @Test
    void aDeadlineFallsWithin366DaysOfTheAct() {
        Instant act = Instant.parse("2017-01-11T00:00:00Z");
        Deadline inAYear = new Deadline(act.plus(Duration.ofDays(366)), ZoneId.of("America/New_York"));
        assertThat(RecordableTime.deadline(inAYear, act, "deadline")).isEqualTo(inAYear);
        Deadline later = new Deadline(act.plus(Duration.ofDays(366)).plusSeconds(1), ZoneId.of("America/New_York"));
        assertThatThrownBy(() -> RecordableTime.deadline(later, act, "inputDeadline"))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("inputDeadline: ")
                .hasMessageContaining("more than 366 days after the act");
        assertThat(RecordableTime.deadline(later, null, "deadline")).isEqualTo(later);
        assertThat(RecordableTime.deadline(null, act, "deadline")).isNull();
    }

    @Test
    void aDeadlineOutOfRangeIsNamedBeforeItsDistanceFromTheAct() {
        Deadline far = new Deadline(Instant.parse("+999999999-12-31T23:59:59Z"), null);
        assertThatThrownBy(() -> RecordableTime.deadline(far, CHARTER, "deadline"))
                .hasMessageStartingWith("deadline: ").hasMessageContaining("outside the dates");
        Deadline fine = new Deadline(CHARTER.plusSeconds(60), null);
        assertThatThrownBy(() -> RecordableTime.deadline(fine, Instant.MAX, "deadline"))
                .hasMessageStartingWith("occurredAt: ");
    }

    @Property
    void anyInstantIsRecordedOrRefusedAsAFieldNeverAFailure(@ForAll long seconds, @ForAll long actSeconds) {
        Instant deadline = Instant.ofEpochSecond(Math.floorMod(seconds, Instant.MAX.getEpochSecond() * 2 + 1)
                + Instant.MIN.getEpochSecond());
        Instant act = Instant.ofEpochSecond(Math.floorMod(actSeconds, Instant.MAX.getEpochSecond() * 2 + 1)
                + Instant.MIN.getEpochSecond());
        try {
            RecordableTime.deadline(new Deadline(deadline, null), act, "deadline");
            assertThat(deadline).isBetween(CHARTER, act.plus(Duration.ofDays(366)));
        } catch (InvalidValue refused) {
            assertThat(refused.field()).isIn("deadline", "occurredAt");
        }
    }
}
