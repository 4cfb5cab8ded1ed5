package io.onewindow.audit.web;

import io.onewindow.audit.internal.DataUseReports;
import io.onewindow.audit.internal.ReceiptCollector;
import io.onewindow.http.PublicPaths;
import io.onewindow.portal.Label;
import io.onewindow.portal.Navigation;
import io.onewindow.portal.NavigationEntry;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The log and receipts are public; every page that answers an action shows that action's receipts. The
 * audit trail's places on the workbenches: "who used my data" for citizens, the records and the reports
 * for auditors and the data bureau; the verifiable log in every page's footer.
 */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

    @Bean
    PublicPaths auditPublicPaths() {
        return () -> List.of("/log", "/log/**", "/receipts/*");
    }

    @Bean
    Navigation auditNavigation() {
        return user -> List.of(new NavigationEntry(NavigationEntry.Place.FOOTER, 30, Label.of("layout.footer.log"), "/log"));
    }

    @Bean
    WorkbenchCards auditWorkbench(DataUseReports reports) {
        return (role, user, locale) -> switch (role) {
            case CITIZEN -> List.of(WorkbenchCard.link(30, Label.of("workbench.citizen.data-use"),
                    Label.of("workbench.citizen.data-use.text"), "/me/data-use"));
            case AUDITOR -> List.of(
                    WorkbenchCard.link(10, Label.of("workbench.auditor.records"), Label.of("workbench.auditor.records.text"), "/audit/records"),
                    reportsCard(reports),
                    WorkbenchCard.link(30, Label.of("workbench.auditor.log"), Label.of("workbench.auditor.log.text"), "/log"));
            case DATA_ADMIN -> List.of(reportsCard(reports));
            default -> List.of();
        };
    }

    private static WorkbenchCard reportsCard(DataUseReports reports) {
        return WorkbenchCard.link(20, Label.of("workbench.auditor.reports"), Label.of("workbench.auditor.reports.text"), "/audit/reports")
                .counting(reports.openCount(), Label.of("audit.card.reports.caption"));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
                List<java.util.UUID> receipts = ReceiptCollector.receipts(request);
                if (page != null && !receipts.isEmpty() && !page.getModel().containsKey("receipts")
                        && page.getViewName() != null && !page.getViewName().startsWith("redirect:")) {
                    page.addObject("receipts", List.copyOf(receipts));
                }
            }
        });
    }
}
