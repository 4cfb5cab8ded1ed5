/**
 * Calendar (工作日历): which days are working days in mainland China — Monday to Friday, less the statutory
 * holidays, plus the make-up working days (调休上班) — as the State Council publishes them each November.
 * Legal time limits (办理时限, 答复期限) are counted on it in working days. A date in a year whose notice has
 * not been loaded is counted on weekends alone and the result is flagged provisional. Owns
 * {@code calendar.official_day}; publishes {@link io.onewindow.calendar.CalendarYearLoaded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package io.onewindow.calendar;
