package io.onewindow.kernel.web;

import io.onewindow.kernel.time.CivilTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Instants as people in the city read them, in civil time: {@code ${@times.minute(r.at())}} gives
 * {@code 2026-11-22 10:31}. A missing instant shows as {@code -}.
 */
@Component("times")
public class DisplayTimes {

    /** To the second, as exports and the auditor's record list show times. */
    public static final DateTimeFormatter SECOND = civil("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MINUTE = civil("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter MICROSECOND = civil("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter CLOCK = civil("HH:mm");

    public String minute(Instant at) {
        return format(MINUTE, at);
    }

    public String second(Instant at) {
        return format(SECOND, at);
    }

    /** As precise as the audit record stores it. */
    public String microsecond(Instant at) {
        return format(MICROSECOND, at);
    }

    /** The time of day alone, for something due within the hour. */
    public String clock(Instant at) {
        return format(CLOCK, at);
    }

    private static String format(DateTimeFormatter formatter, Instant at) {
        return at == null ? "-" : formatter.format(at);
    }

    private static DateTimeFormatter civil(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withZone(CivilTime.ZONE);
    }
}
