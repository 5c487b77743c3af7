package org.draftline.platform.web;

import org.draftline.api.InvalidValue;
import org.draftline.api.delegation.Delegation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryFiltersTest {

    @Test
    void theApiReadsABareDateAsTheStartOfThatDayInUtc() {
        HistoryFilters filters = HistoryFilters.api("SilenceBroken", "MEX", "2017-06-01", "2017-06-05",
                "2017-07-01T18:00:00-04:00");

        assertThat(filters).isEqualTo(new HistoryFilters("SilenceBroken", Delegation.of("MEX"),
                Instant.parse("2017-06-01T00:00:00Z"), Instant.parse("2017-06-05T00:00:00Z"),
                Instant.parse("2017-07-01T22:00:00Z")));
    }

    @Test
    void theApiRefusesTheFirstWrongValueNamingItsField() {
        assertThatThrownBy(() -> HistoryFilters.api("Silence", "XXX", null, null, null))
                .isInstanceOf(InvalidValue.class)
                .satisfies(e -> assertThat(((InvalidValue) e).field()).isEqualTo("type"))
                .hasMessageContaining("'Silence' is not an event type").hasMessageContaining("SilenceBroken");
        assertThatThrownBy(() -> HistoryFilters.api(null, "XXX", null, null, null))
                .hasMessage("delegation: unknown delegation 'XXX'");
        assertThatThrownBy(() -> HistoryFilters.api(null, null, null, "2017-06-05T18:00", null))
                .satisfies(e -> assertThat(((InvalidValue) e).field()).isEqualTo("to"));
    }

    @Test
    void thePagesReadTheirPickersDaysAsWholeNewYorkDays() {
        HistoryFilters filters = HistoryFilters.pages("", "", "2017-06-01", "2017-06-05", "2017-07-01").filters();

        // New York is four hours behind UTC in summer; "to 5 June" includes the whole of 5 June
        assertThat(filters.from()).isEqualTo(Instant.parse("2017-06-01T04:00:00Z"));
        assertThat(filters.to()).isEqualTo(Instant.parse("2017-06-06T03:59:59.999999Z"));
        assertThat(filters.asOf()).isEqualTo(Instant.parse("2017-07-02T03:59:59.999999Z"));
        assertThat(filters.type()).isNull();
        assertThat(filters.delegation()).isNull();
    }

    @Test
    void thePagesReadADateAndTimeWithoutZoneAsNewYorkTimeAndKeepAnOffsetAsGiven() {
        assertThat(HistoryFilters.pages(null, null, null, null, "2017-12-01T09:30").filters().asOf())
                .isEqualTo(Instant.parse("2017-12-01T14:30:00Z"));
        assertThat(HistoryFilters.pages(null, null, "2017-06-01T10:00:00Z", null, null).filters().from())
                .isEqualTo(Instant.parse("2017-06-01T10:00:00Z"));
        assertThat(HistoryFilters.pages(null, null, "2017-06-01T10:00[Europe/Brussels]", null, null).filters().from())
                .isEqualTo(Instant.parse("2017-06-01T08:00:00Z"));
    }

    @Test
    void thePagesNameEveryWrongValueAndStillApplyTheOthers() {
        HistoryFilters.Checked checked = HistoryFilters.pages("SilenceBroken", "ZZZ", "1 June", "2017-06-05", "1900-01-01");

        assertThat(checked.refused()).containsOnlyKeys("delegation", "from", "asOf");
        assertThat(checked.refused().get("delegation")).isEqualTo("unknown delegation 'ZZZ'");
        assertThat(checked.refused().get("from")).contains("'1 June' is not a date such as 2017-06-05");
        assertThat(checked.refused().get("asOf")).contains("outside the dates Draftline records");
        assertThat(checked.filters()).isEqualTo(new HistoryFilters("SilenceBroken", null, null,
                Instant.parse("2017-06-06T03:59:59.999999Z"), null));
    }

    @Test
    void thePagesRefuseAnEndBeforeTheStartAndKeepTheStart() {
        HistoryFilters.Checked checked = HistoryFilters.pages(null, null, "2017-06-05", "2017-06-01", null);

        assertThat(checked.refused()).containsOnlyKeys("to");
        assertThat(checked.filters().from()).isEqualTo(Instant.parse("2017-06-05T04:00:00Z"));
        assertThat(checked.filters().to()).isNull();
    }

    @Test
    void aSameDayRangeOnThePagesCoversThatDay() {
        HistoryFilters filters = HistoryFilters.pages(null, null, "2017-06-05", "2017-06-05", null).filters();

        assertThat(filters.from()).isBefore(filters.to());
        assertThat(java.time.Duration.between(filters.from(), filters.to()).plusNanos(1000).toHours()).isEqualTo(24);
    }
}
