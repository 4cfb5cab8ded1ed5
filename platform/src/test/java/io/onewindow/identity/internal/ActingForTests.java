package io.onewindow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.testing.Companies;
import io.onewindow.testing.Persons;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The enterprises a person acts for, asked on every signed-in page: found by the person's indexes, not by reading them all. */
@ApplicationModuleTest
class ActingForTests {

    @Autowired
    People people;

    @Autowired
    Enterprises enterprises;

    @Autowired
    EnterpriseRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPersonActsForTheEnterprisesTheyRepresentAndThoseTheyAreAgentOfEachOnceByName() {
        PersonView owner = people.register(Persons.aShinanResident());
        PersonView agent = people.register(Persons.aShinanResident());
        EnterpriseView bakery = enterprises.register(Companies.of(owner.citizenId().value(), "青岛乙面包房有限公司", "370202", "H", "2019-05-06"));
        EnterpriseView teahouse = enterprises.register(Companies.of(agent.citizenId().value(), "青岛甲茶馆有限公司", "370202", "H", "2021-07-08"));
        enterprises.authoriseAgent(bakery.id(), owner.id(), agent.citizenId().value(), agent.name());

        assertThat(enterprises.actingFor(agent.id())).extracting(EnterpriseView::id).containsExactly(bakery.id(), teahouse.id());
        assertThat(enterprises.actingFor(agent.id())).extracting(EnterpriseView::name).isSortedAccordingTo(String::compareTo);
        assertThat(enterprises.actingFor(owner.id())).extracting(EnterpriseView::id).containsExactly(bakery.id());
        assertThat(enterprises.actingFor(owner.id()).get(0).agentIds()).containsExactly(agent.id());
        assertThat(repository.findActingFor(agent.id())).hasSize(2);
        assertThat(enterprises.actingFor(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theEnterprisesAPersonActsForAreFoundThroughTheIndexesWhateverTheSizeOfTheRegister() {
        for (String statement : List.of(EnterpriseRegister.ACTING_FOR_VIEW,
                "select e.* from identity.enterprise e where e.id in (" + EnterpriseRepository.ACTING_FOR + ") order by e.name")) {
            String plan = transactions.execute(status -> {
                // With sequential scans priced out, a plan that can only read the whole table still shows one.
                jdbc.sql("set local enable_seqscan = off").update();
                return String.join("\n", jdbc.sql("explain " + statement).param("personId", UUID.randomUUID()).query(String.class).list());
            });
            assertThat(plan).as(statement).doesNotContain("Seq Scan on enterprise ").contains("enterprise_legal_representative_idx")
                    .contains("enterprise_agent_person_idx");
        }
    }
}
