package io.onewindow.http.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), so that any node serves any request. A session attribute
 * is written with an upsert: requests of one session arriving at once (a page and its assets right after
 * sign-in) may each store the same new attribute, and a plain insert would fail all but one of them. A
 * session's last access is written at most once a minute ({@link LastAccessThrottle}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesByUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    static BeanPostProcessor lastAccessThrottle() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new LastAccessThrottle(store) : bean;
            }
        };
    }
}
