package io.onewindow.cases.web;

import io.onewindow.cases.internal.ApplicationViews;
import io.onewindow.cases.internal.Statistics;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 好差评 results in public: each department's on-time rate, days used against promised, trips saved and satisfaction. */
@Controller
class StatisticsPage {

    private final Statistics statistics;
    private final ApplicationViews views;

    StatisticsPage(Statistics statistics, ApplicationViews views) {
        this.statistics = statistics;
        this.views = views;
    }

    @GetMapping("/cases/statistics")
    String statistics(Model model, Locale locale) {
        model.addAttribute("rows", statistics.byDepartment().stream()
                .map(f -> new Row(views.departmentName(f.departmentId(), locale), f)).toList());
        return "cases/statistics";
    }

    public record Row(String department, Statistics.DepartmentFigures figures) {
    }
}
