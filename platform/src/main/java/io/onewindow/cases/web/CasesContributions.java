package io.onewindow.cases.web;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.cases.internal.CaseStore;
import io.onewindow.cases.internal.CaseNotices;
import io.onewindow.http.PublicPaths;
import io.onewindow.portal.Label;
import io.onewindow.portal.Navigation;
import io.onewindow.portal.NavigationEntry;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the cases module brings to the portal: the public statistics, 我的办件 for the signed-in, and cards: an
 * officer's queue with the cases due today, the administrator's overdue list, the data bureau's late cases,
 * the applicant's applications and unread notices.
 */
@Configuration(proxyBeanMethods = false)
class CasesContributions {

    @Bean
    PublicPaths casesPublicPaths() {
        return () -> List.of("/cases/statistics");
    }

    @Bean
    Navigation casesNavigation() {
        return user -> user.isPresent()
                ? List.of(new NavigationEntry(NavigationEntry.Place.HEADER, 20, Label.of("cases.nav.mine"), "/me/applications"),
                        new NavigationEntry(NavigationEntry.Place.FOOTER, 20, Label.of("cases.nav.statistics"), "/cases/statistics"))
                : List.of(new NavigationEntry(NavigationEntry.Place.FOOTER, 20, Label.of("cases.nav.statistics"), "/cases/statistics"));
    }

    @Bean
    WorkbenchCards casesWorkbench(CaseStore store, CaseNotices notices, WorkingDays workingDays) {
        return (role, user, locale) -> switch (role) {
            case CITIZEN, ENTERPRISE -> List.of(WorkbenchCard.link(5, Label.of("cases.card.mine"), Label.of("cases.card.mine.text"), "/me/applications")
                    .counting(notices.unread(user.accountId()), Label.of("cases.card.mine.caption")));
            case OFFICER -> List.of(WorkbenchCard.link(5, Label.of("cases.card.queue"), Label.of("cases.card.queue.text"), "/cases/queue")
                    .counting(store.countDueBy(user.departmentIds(), workingDays.today()), Label.of("cases.card.queue.caption")));
            case DEPT_ADMIN -> List.of(WorkbenchCard.link(6, Label.of("cases.card.overdue"), Label.of("cases.card.overdue.text"), "/cases/overdue")
                    .counting(store.countOverdue(user.departmentIds(), workingDays.today()), Label.of("cases.card.overdue.caption")));
            case DATA_ADMIN -> List.of(WorkbenchCard.link(40, Label.of("cases.card.late"), Label.of("cases.card.late.text"), "/cases/late"),
                    WorkbenchCard.link(41, Label.of("cases.card.statistics"), Label.of("cases.card.statistics.text"), "/cases/statistics"));
            default -> List.of();
        };
    }
}
