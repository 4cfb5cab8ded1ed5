package io.onewindow.kernel.web;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/** Wires idempotent POSTs: the filter (after security, so it knows the user), form keys, and forgetting old keys. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    /** Runs after Spring Security's filter chain (order -100). */
    static final int ORDER = 0;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(DataSource dataSource) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(dataSource));
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    static BeanPostProcessor idempotentFormsPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof RequestDataValueProcessor processor && !(bean instanceof IdempotentForms)
                        ? new IdempotentForms(processor) : bean;
            }
        };
    }

    @Bean
    IdempotencyKeyExpiry idempotencyKeyExpiry(JdbcClient jdbc) {
        return new IdempotencyKeyExpiry(jdbc);
    }

    /** Keys are kept a day: long enough for any retry, short enough that the table stays small. */
    static class IdempotencyKeyExpiry {
        private final JdbcClient jdbc;

        IdempotencyKeyExpiry(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
        void forgetOldKeys() {
            jdbc.sql("delete from idempotency_key where created_at < now() - interval '1 day'").update();
        }
    }
}
