package io.onewindow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Spring Session commits a request's session twice and reads it back after the first commit: the session the
 * request has just saved is given back to that request without a read, and to nobody else.
 */
@SpringBootTest
class SessionOfARequestTests {

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    FilterRegistrationBean<Filter> endOfRequest;

    SessionStore store() {
        return (SessionStore) sessions;
    }

    @AfterEach
    void endTheRequest() {
        store().endOfRequest();
    }

    @Test
    void theStoreReadsSessionsWithoutATransactionOfTheirOwn() {
        Object store = ReflectionTestUtils.getField(store(), "store");
        assertThat(ReflectionTestUtils.getField(store, "transactionOperations")).isInstanceOf(SessionTransactions.class);
    }

    @Test
    void theSessionARequestSavedIsGivenBackToThatRequestAsItIs() {
        SessionStore.Touched saved = store().createSession();
        saved.setAttribute("locale", "zh_CN");
        store().save(saved);

        assertThat(store().findById(saved.getId())).isSameAs(saved);
    }

    @Test
    void anotherRequestAndTheNextRequestOfThisThreadReadTheStoredSession() throws Exception {
        SessionStore.Touched saved = store().createSession();
        saved.setAttribute("locale", "zh_CN");
        store().save(saved);

        SessionStore.Touched elsewhere = CompletableFuture.supplyAsync(() -> store().findById(saved.getId())).get();
        assertThat(elsewhere).isNotSameAs(saved);
        assertThat(elsewhere.<String>getAttribute("locale")).isEqualTo("zh_CN");

        // Another request changes it; once this request has ended, this thread sees the change.
        elsewhere.setAttribute("locale", "en");
        CompletableFuture.runAsync(() -> store().save(elsewhere)).get();
        store().endOfRequest();
        assertThat(store().findById(saved.getId())).isNotSameAs(saved).satisfies(s -> assertThat(s.<String>getAttribute("locale")).isEqualTo("en"));
    }

    @Test
    void whatARequestSavedIsForgottenWhenItsDispatchEndsErrorPagesIncluded() throws Exception {
        assertThat(endOfRequest.determineDispatcherTypes()).contains(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        SessionStore.Touched[] saved = new SessionStore.Touched[1];

        endOfRequest.getFilter().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
            saved[0] = store().createSession();
            store().save(saved[0]);
            assertThat(store().findById(saved[0].getId())).isSameAs(saved[0]);
        });

        assertThat(store().findById(saved[0].getId())).isNotSameAs(saved[0]).isNotNull();
    }

    @Test
    void aDeletedSessionIsNotGivenBack() {
        SessionStore.Touched saved = store().createSession();
        store().save(saved);

        store().deleteById(saved.getId());

        assertThat(store().findById(saved.getId())).isNull();
    }
}
