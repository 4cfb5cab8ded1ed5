package io.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Sessions in the database: a session's attributes are written when they change, its last access at most
 * once a minute, so that a page that changes nothing writes nothing; a stored security context is read once.
 */
@SpringBootTest
class SessionStoreTests {

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionsLastAccessIsWrittenOnceAMinuteAndItsAttributesWheneverTheyChange() {
        Session created = sessions.createSession();
        created.setAttribute("locale", "zh_CN");
        Instant start = created.getLastAccessedTime().truncatedTo(ChronoUnit.MILLIS);
        save(created);
        assertThat(lastAccess(created.getId())).isEqualTo(start);

        Session seconds = sessions.findById(created.getId());
        seconds.setLastAccessedTime(start.plusSeconds(10));
        save(seconds);
        assertThat(lastAccess(created.getId())).as("10 s later: not written").isEqualTo(start);

        Session minute = sessions.findById(created.getId());
        minute.setLastAccessedTime(start.plus(Duration.ofSeconds(61)));
        save(minute);
        assertThat(lastAccess(created.getId())).as("a minute later: written").isEqualTo(start.plusSeconds(61));

        Session changed = sessions.findById(created.getId());
        changed.setLastAccessedTime(start.plusSeconds(70));
        changed.setAttribute("locale", "en");
        save(changed);
        assertThat(sessions.findById(created.getId()).<String>getAttribute("locale")).isEqualTo("en");
        assertThat(lastAccess(created.getId())).isEqualTo(start.plusSeconds(61));
        sessions.deleteById(created.getId());
    }

    @Test
    void aSignedInSessionsSecurityContextIsDeserializedOnceAndEachReadGetsAContextOfItsOwn() throws InterruptedException {
        Session created = sessions.createSession();
        created.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("officer", null, List.of())));
        // Saved by a request of its own, so that reading it here reads the store.
        Thread signIn = new Thread(() -> save(created));
        signIn.start();
        signIn.join();

        SecurityContext first = sessions.findById(created.getId()).getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContext second = sessions.findById(created.getId()).getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);

        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(second.getAuthentication().getName()).isEqualTo("officer");
        sessions.deleteById(created.getId());
    }

    @SuppressWarnings("unchecked")
    private void save(Session session) {
        ((SessionRepository<Session>) sessions).save(session);
    }

    private Instant lastAccess(String sessionId) {
        return Instant.ofEpochMilli(jdbc.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single());
    }
}
