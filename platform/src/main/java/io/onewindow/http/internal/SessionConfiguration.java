package io.onewindow.http.internal;

import io.onewindow.runtime.NodeCaches;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), so that any node serves any request. A session attribute
 * is written with an upsert: requests of one session arriving at once (a page and its assets right after
 * sign-in) may each store the same new attribute, and a plain insert would fail all but one of them. A
 * session read once is kept on the node until a change is notified, and its last access is written at most once a
 * minute ({@link SessionStore}); reading a session opens no transaction ({@link SessionTransactions}), and the same
 * stored attribute is deserialized once ({@link SessionAttributeReads}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * As Spring Session's own (a new transaction for each write), but a session's read takes none ({@link SessionTransactions}).
     * Injected by its name only, so the application's own transaction template is still the one by type.
     */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new SessionTransactions(transactions);
    }

    /**
     * How attributes are written (Java serialization, as Spring Session's own) and read ({@link SessionAttributeReads}),
     * with the application's class loader, as Spring Session's own. Injected by its name only.
     */
    @Bean(defaultCandidate = false)
    ConversionService springSessionConversionService(SessionAttributeReads reads) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, reads);
        return conversions;
    }

    @Bean
    SessionAttributeReads sessionAttributeReads(ResourceLoader resources) {
        return new SessionAttributeReads(resources.getClassLoader());
    }

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesByUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Ends what {@link SessionStore} keeps for a request, around the filter that commits its session, on every
     * dispatch (an error page's dispatch commits the session again after the request's own has ended).
     */
    @Bean
    FilterRegistrationBean<Filter> endOfSessionRequest(SessionRepository<?> sessions) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            } finally {
                if (sessions instanceof SessionStore store) {
                    store.endOfRequest();
                }
            }
        });
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    @Bean
    static BeanPostProcessor sessionStore(ObjectProvider<NodeCaches> caches, ObjectProvider<JdbcClient> jdbc,
                                          ObjectProvider<SessionAttributeReads> reads) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store
                        ? new SessionStore(store, caches.getObject(), jdbc.getObject(), reads.getObject())
                        : bean;
            }
        };
    }
}
