package io.onewindow.noticeboard.internal;

import io.onewindow.http.PublicPaths;
import io.onewindow.kernel.access.Role;
import io.onewindow.noticeboard.Notices;
import io.onewindow.portal.Label;
import io.onewindow.portal.Navigation;
import io.onewindow.portal.NavigationEntry;
import io.onewindow.portal.SearchSource;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import io.onewindow.runtime.ConditionalOnMode;
import io.onewindow.runtime.DemoData;
import io.onewindow.runtime.Mode;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everything the notice board brings to the platform, declared here and nowhere else. */
@Configuration(proxyBeanMethods = false)
class NoticeBoardContributions {

    @Bean
    PublicPaths noticeBoardPublicPaths() {
        return () -> List.of("/notices");
    }

    @Bean
    Navigation noticeBoardNavigation() {
        return user -> List.of(new NavigationEntry(NavigationEntry.Place.HEADER, 90, Label.of("noticeboard.title"), "/notices"));
    }

    @Bean
    WorkbenchCards noticeBoardWorkbench(Notices notices) {
        return (role, user, locale) -> role != Role.DATA_ADMIN ? List.of() : List.of(
                WorkbenchCard.link(70, Label.of("noticeboard.title"), Label.of("noticeboard.card.text"), "/notices")
                        .counting(notices.count(), Label.of("noticeboard.card.caption")));
    }

    @Bean
    SearchSource noticeBoardSearch(Notices notices) {
        return (text, locale, limit) -> notices.search(text, limit).stream()
                .map(n -> new SearchSource.SearchHit("noticeboard.search.kind", n.title(), n.departmentCode(), "/notices"))
                .toList();
    }

    @Bean
    @ConditionalOnMode(Mode.DEV)
    DemoData noticeBoardDemoData(Notices notices) {
        return new DemoData() {
            @Override
            public String name() {
                return "noticeboard.notices";
            }

            @Override
            public int order() {
                return 900;
            }

            @Override
            public void seed() {
                notices.post("qd-dsj", "关于公共数据开放目录更新的公告");
                notices.post("qd-xzsp", "政务服务大厅春节期间办公时间调整的通知");
            }
        };
    }
}
