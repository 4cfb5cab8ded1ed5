package io.onewindow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.onewindow.calendar.CalendarError;
import io.onewindow.calendar.OfficialDay;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarNoticeTests {

    @Test
    void readsTheShippedFormatWithOrWithoutItsHeaderAndAcceptsTheChineseMarks() {
        List<OfficialDay> days = CalendarNotice.read(2027, "date,kind,name\n2027-02-06,holiday,春节\n2027-02-14，班，春节调休上班\n", "days");

        assertThat(days).containsExactly(
                new OfficialDay(LocalDate.of(2027, 2, 6), OfficialDay.Kind.HOLIDAY, "春节"),
                new OfficialDay(LocalDate.of(2027, 2, 14), OfficialDay.Kind.WORKDAY, "春节调休上班"));
    }

    @Test
    void everyBadLineIsNamedWithItsNumberAndWhyAndNothingIsReturned() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> CalendarNotice.read(2027, String.join("\n",
                "2027-01-01,holiday,元旦",
                "2027-13-01,holiday,春节",
                "2026-10-01,holiday,国庆节",
                "2027-01-01,holiday,元旦",
                "2027-05-01,off,劳动节",
                "2027-06-01,holiday,",
                "just words"), "days"));

        assertThat(refused.violations()).extracting(FieldViolation::code).containsExactly(CalendarError.DATE_INVALID,
                CalendarError.DATE_OUTSIDE_YEAR, CalendarError.DATE_REPEATED, CalendarError.KIND_INVALID, CalendarError.NAME_REQUIRED,
                CalendarError.LINE_UNREADABLE);
        assertThat(refused.violations()).extracting(v -> v.arguments().get("line")).containsExactly(2, 3, 4, 5, 6, 7);
    }

    @Test
    void anEmptyNoticeIsRefused() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> CalendarNotice.read(2027, " \n", "days")).violations())
                .extracting(FieldViolation::code).containsExactly(CalendarError.DAYS_REQUIRED);
    }
}
