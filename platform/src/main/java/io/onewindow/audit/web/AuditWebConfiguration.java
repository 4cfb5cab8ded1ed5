package io.onewindow.audit.web;

import io.onewindow.audit.internal.ReceiptCollector;
import io.onewindow.kernel.access.PublicPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The log and receipts are public; every page that answers an action shows that action's receipts. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

    @Bean
    PublicPaths auditPublicPaths() {
        return () -> List.of("/log", "/log/**", "/receipts/*");
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
