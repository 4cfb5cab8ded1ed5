package io.onewindow.calendar;

import io.onewindow.kernel.error.ErrorCode;

/** Why a year's calendar was refused; messages under {@code error.calendar.*}. */
public enum CalendarError implements ErrorCode {
    YEAR_INVALID,        // a four-digit year from {min} to {max}
    SOURCE_REQUIRED,     // the notice the days come from, e.g. 国办发明电〔2026〕7号
    DAYS_REQUIRED,
    LINE_UNREADABLE,     // line {line}: not date,kind,name
    DATE_INVALID,        // line {line}: {value} is not a date
    DATE_OUTSIDE_YEAR,   // line {line}: {value} is not in {year}
    DATE_REPEATED,       // line {line}: {value} is listed twice
    KIND_INVALID,        // line {line}: the kind is holiday or workday
    NAME_REQUIRED;       // line {line}: the holiday's name

    @Override
    public String messageKey() {
        return "error.calendar." + ErrorCode.kebab(name());
    }
}
