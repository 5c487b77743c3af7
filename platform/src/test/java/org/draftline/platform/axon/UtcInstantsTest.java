package org.draftline.platform.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UtcInstantsTest {

    private static final ObjectMapper STORED = AxonPlatformAutoConfiguration.messageObjectMapper();

    /** Instants from year 1 to 9999 at every precision, as Axon's columns and Jackson write them. */
    @Test
    void readsWhatTheRecordWritesToTheInstantTheGeneralParsersRead() throws Exception {
        Random random = new Random(20171211);
        long first = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int draw = 0; draw < 100_000; draw++) {
            int nanos = switch (draw % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(first + (long) (random.nextDouble() * (last - first)), nanos);
            String axon = DateTimeUtils.formatInstant(instant);
            String iso = DateTimeFormatter.ISO_INSTANT.format(instant);

            // Axon's columns keep milliseconds
            assertThat(UtcInstants.fast(axon)).as(axon).isEqualTo(DateTimeUtils.parseInstant(axon))
                    .isEqualTo(instant.truncatedTo(ChronoUnit.MILLIS));
            assertThat(UtcInstants.fast(iso)).as(iso).isEqualTo(Instant.parse(iso)).isEqualTo(instant);
            assertThat(STORED.readValue('"' + iso + '"', Instant.class)).as(iso).isEqualTo(instant);
        }
    }

    @Test
    void leavesEveryOtherFormToTheGeneralParser() {
        for (String other : List.of("2017-07-11T15:00:00+02:00", "2017-07-11T15:00:00z", "2017-07-11 15:00:00Z",
                "2017-07-11T15:00Z", "2017-07-11T15:00:00.Z", "2017-07-11T15:00:00.0000000001Z",
                "+12017-07-11T15:00:00Z", "2017-02-29T15:00:00Z", "2017-13-01T00:00:00Z", "2017-07-11T24:00:00Z",
                "2016-12-31T23:59:60Z", "2017-07-11T15:00:00,5Z", "２０17-07-11T15:00:00Z", "2017-07-11T15:0a:00Z",
                "-017-07-11T15:00:00Z", " 2017-07-11T15:00:00Z", "")) {
            assertThat(UtcInstants.fast(other)).as(other).isNull();
        }
        assertThat(UtcInstants.parse("2017-07-11T17:00:00+02:00", DateTimeUtils::parseInstant))
                .isEqualTo(Instant.parse("2017-07-11T15:00:00Z"));
        assertThatThrownBy(() -> UtcInstants.parse("2017-02-29T15:00:00Z", DateTimeUtils::parseInstant))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void theStoredMessagesMapperStillReadsOtherFormsAndRefusesWhatIsNoInstant() throws Exception {
        assertThat(STORED.readValue("{\"at\": \"2017-07-11T17:00:00+02:00\"}", Stamped.class).at())
                .isEqualTo(Instant.parse("2017-07-11T15:00:00Z"));
        assertThat(STORED.readValue("{\"at\": 1499785200.5}", Stamped.class).at())
                .isEqualTo(Instant.parse("2017-07-11T15:00:00.5Z"));
        assertThat(STORED.readValue("{\"at\": null}", Stamped.class).at()).isNull();
        assertThatThrownBy(() -> STORED.readValue("{\"at\": \"2017-02-29T15:00:00Z\"}", Stamped.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThat(STORED.convertValue(Map.of("at", "2017-07-11T15:00:00.123Z"), Stamped.class).at())
                .isEqualTo(Instant.parse("2017-07-11T15:00:00.123Z"));
    }

    record Stamped(Instant at) {
    }
}
