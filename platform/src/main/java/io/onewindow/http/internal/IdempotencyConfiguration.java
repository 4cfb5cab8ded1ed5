package io.onewindow.http.internal;

import io.onewindow.runtime.CommitStatements;
import java.time.Duration;
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
    /** How long a repeat waits for the first request's answer before it is told to try later. */
    static final Duration WAIT_AT_MOST = Duration.ofSeconds(30);
    /** A claim older than this was left by a node that died mid-request. */
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    @Bean
    IdempotencyKeys idempotencyKeys(JdbcClient jdbc) {
        return new IdempotencyKeys(jdbc, STALE_AFTER);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(keys, WAIT_AT_MOST));
        registration.setOrder(ORDER);
        return registration;
    }

    /** Added by Spring Boot to the transaction manager: marks a request's key committed with its changes. */
    @Bean
    CommittedClaims committedClaims(IdempotencyKeys keys, CommitStatements commitStatements) {
        return new CommittedClaims(keys, commitStatements);
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
    IdempotencyKeyExpiry idempotencyKeyExpiry(IdempotencyKeys keys) {
        return new IdempotencyKeyExpiry(keys);
    }

    static class IdempotencyKeyExpiry {
        private final IdempotencyKeys keys;

        IdempotencyKeyExpiry(IdempotencyKeys keys) {
            this.keys = keys;
        }

        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
        void forgetOldKeys() {
            keys.forgetOlderThan(Duration.ofDays(1));
        }
    }
}
