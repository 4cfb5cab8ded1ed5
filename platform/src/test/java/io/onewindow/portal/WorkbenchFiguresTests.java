package io.onewindow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.benefits.internal.Offers;
import io.onewindow.cases.internal.CaseNotices;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.licences.internal.LicenceLibrary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures on a citizen's workbench are kept on the node between pages, and are never older than the change
 * that moved them: one made through the platform on this node shows on the next page, one made anywhere else (another
 * node, an import, an operator's SQL) as soon as PostgreSQL has told the node.
 */
@SpringBootTest
class WorkbenchFiguresTests {

    /** How long PostgreSQL's notice may take to reach the node here; it takes milliseconds. */
    static final Duration NOTICE = Duration.ofSeconds(5);

    @Autowired
    CaseNotices notices;

    @Autowired
    Offers offers;

    @Autowired
    LicenceLibrary licences;

    @Autowired
    Enterprises enterprises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    UUID account;
    UUID person;

    @BeforeEach
    void theDemoCitizen() {
        account = jdbc.sql("select id from identity.account where username = 'citizen'").query(UUID.class).single();
        person = jdbc.sql("select person_id from identity.account where username = 'citizen'").query(UUID.class).single();
    }

    @Test
    void aNoticeAddedOnThisNodeShowsOnTheNextPageAndOneAddedByHandSoonAfter() throws Exception {
        long before = notices.unread(account);
        assertThat(notices.unread(account)).isEqualTo(before);

        UUID application = UUID.randomUUID();
        transactions.executeWithoutResult(status -> notices.replied(account, application, "公积金提取", Instant.now()));
        assertThat(notices.unread(account)).as("at once, on the node that added it").isEqualTo(before + 1);

        jdbc.sql("update cases.notice set read_at = now() where application_id = ?").param(application).update();
        assertThat(eventually(() -> notices.unread(account), before)).isEqualTo(before);
    }

    @Test
    void anOfferChangedByHandShowsAsSoonAsTheNodeIsTold() throws Exception {
        UUID offer = jdbc.sql("""
                select id from benefits.offer o where not exists
                (select 1 from benefits.offer m where m.subject_id = ? and m.policy_code = o.policy_code and m.run_id = o.run_id) limit 1""")
                .param(person).query(UUID.class).single();
        long before = offers.openFor(person);
        UUID added = UUID.randomUUID();
        jdbc.sql("""
                insert into benefits.offer (id, policy_code, run_id, subject_id, audience, amount_fen, state, auto, created_at)
                select ?, policy_code, run_id, ?, 'PERSON', amount_fen, 'OFFERED', false, now() from benefits.offer where id = ?""")
                .params(added, person, offer).update();
        try {
            assertThat(eventually(() -> offers.openFor(person), before + 1)).isEqualTo(before + 1);
        } finally {
            jdbc.sql("delete from benefits.offer where id = ?").param(added).update();
        }
        assertThat(eventually(() -> offers.openFor(person), before)).isEqualTo(before);
    }

    @Test
    void aLicenceThatChangesHolderMovesBothHoldersCountsAndAnAgentsEnterprisesFollowTheAgentTable() throws Exception {
        UUID licence = jdbc.sql("select id from licences.licence where holder_id <> ? order by issued_at limit 1").param(person).query(UUID.class).single();
        UUID other = jdbc.sql("select holder_id from licences.licence where id = ?").param(licence).query(UUID.class).single();
        long mine = licences.countHeldBy(List.of(person));
        long theirs = licences.countHeldBy(List.of(other));

        jdbc.sql("update licences.licence set holder_id = ? where id = ?").params(person, licence).update();
        try {
            assertThat(eventually(() -> licences.countHeldBy(List.of(person)), mine + 1)).isEqualTo(mine + 1);
            assertThat(eventually(() -> licences.countHeldBy(List.of(other)), theirs - 1)).isEqualTo(theirs - 1);
        } finally {
            jdbc.sql("update licences.licence set holder_id = ? where id = ?").params(other, licence).update();
        }
        assertThat(eventually(() -> licences.countHeldBy(List.of(person, other)), mine + theirs)).isEqualTo(mine + theirs);

        UUID enterprise = jdbc.sql("select id from identity.enterprise where legal_representative_id <> ? and id not in "
                + "(select enterprise_id from identity.enterprise_agent where person_id = ?) limit 1").params(person, person).query(UUID.class).single();
        List<UUID> actingFor = ids(enterprises.actingFor(person));
        jdbc.sql("insert into identity.enterprise_agent (enterprise_id, person_id, granted_at) values (?, ?, now())").params(enterprise, person).update();
        try {
            assertThat(eventually(() -> ids(enterprises.actingFor(person)).contains(enterprise), true)).isTrue();
        } finally {
            jdbc.sql("delete from identity.enterprise_agent where enterprise_id = ? and person_id = ?").params(enterprise, person).update();
        }
        assertThat(eventually(() -> ids(enterprises.actingFor(person)), actingFor)).isEqualTo(actingFor);
    }

    private static List<UUID> ids(List<EnterpriseView> enterprises) {
        return enterprises.stream().map(EnterpriseView::id).toList();
    }

    /** What {@code read} gives once it gives {@code expected}, or what it gives when {@link #NOTICE} has passed. */
    private static <T> T eventually(Supplier<T> read, T expected) throws InterruptedException {
        long deadline = System.nanoTime() + NOTICE.toNanos();
        T value = read.get();
        while (!value.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(5);
            value = read.get();
        }
        return value;
    }
}
