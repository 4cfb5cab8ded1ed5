package io.onewindow.calendar.web;

import io.onewindow.calendar.CalendarError;
import io.onewindow.calendar.OfficialDay;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.calendar.internal.CalendarNotice;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import io.onewindow.portal.Label;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working-day calendar for the people who keep it (工作日历): the loaded years, and loading next year's
 * holidays and make-up working days when the State Council publishes its notice (each November). Until a
 * year is loaded, deadlines that run into it are counted on weekends alone and shown as provisional.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'DATA_ADMIN')")
class CalendarPage {

    private final WorkingDays workingDays;
    private final Messages messages;

    CalendarPage(WorkingDays workingDays, Messages messages) {
        this.workingDays = workingDays;
        this.messages = messages;
    }

    /** What was typed into the form. */
    public record YearForm(String year, String source, String days) {
    }

    @GetMapping("/admin/calendar")
    String calendar(Model model) {
        int next = workingDays.today().getYear() + 1;
        return page(model, new YearForm(Integer.toString(next), "", ""), FormErrors.none(), List.of());
    }

    @PostMapping("/admin/calendar")
    String load(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String source,
                @RequestParam(defaultValue = "") String days, Locale locale, Model model, RedirectAttributes redirect) {
        YearForm form = new YearForm(year.strip(), source.strip(), days);
        try {
            int number = year(form.year());
            List<OfficialDay> official = readDays(number, form);
            workingDays.load(number, form.source(), official);
            redirect.addFlashAttribute("notice", "calendar.loaded");
            return "redirect:/admin/calendar";
        } catch (InvalidInputException e) {
            List<String> lines = e.violations().stream().filter(v -> v.field().equals("days"))
                    .map(v -> messages.render(v.code(), v.arguments(), locale)).toList();
            return page(model, form, FormErrors.of(e, messages, locale), lines);
        }
    }

    private static List<OfficialDay> readDays(int year, YearForm form) {
        List<FieldViolation> problems = new ArrayList<>();
        if (form.source().isEmpty()) {
            problems.add(FieldViolation.of("source", CalendarError.SOURCE_REQUIRED));
        }
        try {
            List<OfficialDay> days = CalendarNotice.read(year, form.days(), "days");
            if (problems.isEmpty()) {
                return days;
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.violations());
        }
        throw new InvalidInputException(problems);
    }

    private static int year(String text) {
        try {
            int year = Integer.parseInt(text);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException(new FieldViolation("year", CalendarError.YEAR_INVALID, Map.of("min", 2000, "max", 2100)));
    }

    private String page(Model model, YearForm form, FormErrors errors, List<String> lineErrors) {
        model.addAttribute("years", workingDays.years());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("lineErrors", lineErrors);
        return "calendar/calendar";
    }

    @Bean
    static WorkbenchCards calendarWorkbench() {
        return (role, user, locale) -> role != Role.ADMIN && role != Role.DATA_ADMIN ? List.of()
                : List.of(WorkbenchCard.link(70, Label.of("calendar.title"), Label.of("calendar.card.text"), "/admin/calendar"));
    }
}
