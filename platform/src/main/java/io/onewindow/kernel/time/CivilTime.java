package io.onewindow.kernel.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** China Standard Time: dates of birth, deadlines and office days are reckoned in it. */
public final class CivilTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CivilTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
