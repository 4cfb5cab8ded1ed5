package io.onewindow.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DisplayTimesTests {

    private final DisplayTimes times = new DisplayTimes();
    // 23:59 UTC on the 21st is already the 22nd in the city.
    private final Instant lateEvening = Instant.parse("2026-11-21T23:59:30.123456Z");

    @Test
    void timesAreShownInChinaStandardTimeToThePrecisionAsked() {
        assertThat(times.minute(lateEvening)).isEqualTo("2026-11-22 07:59");
        assertThat(times.second(lateEvening)).isEqualTo("2026-11-22 07:59:30");
        assertThat(times.microsecond(lateEvening)).isEqualTo("2026-11-22 07:59:30.123456");
        assertThat(times.clock(lateEvening)).isEqualTo("07:59");
    }

    @Test
    void aMissingTimeShowsAsADash() {
        assertThat(times.minute(null)).isEqualTo("-");
    }
}
